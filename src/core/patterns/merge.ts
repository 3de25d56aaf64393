import { applyEdits, type TextEdit } from '../edit/textEdit';
import { hasSamTransform } from '../model/detect';
import { loadTemplate, type Template } from '../model/template';
import { isMap, isScalar, isSeq, mapEntry, type CfnMap, type CfnNode } from '../parse/nodes';
import { SAM_TRANSFORM, type TemplateDocument } from './builder';
import { renderDocument } from './render/render';
import { mapLines, yamlScalarText } from './render/yamlText';
import { renameTemplate, type Renames } from './rename';
import { isValueMap, Noted, toPlainValue, unwrap, type Value, type ValueMap } from './values';

/** Sections a pattern contributes, in CloudFormation's usual order. */
const MERGED_SECTIONS = ['Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'] as const;
type MergedSection = (typeof MERGED_SECTIONS)[number];
const TOP_LEVEL_ORDER = ['AWSTemplateFormatVersion', 'Transform', 'Description', 'Metadata', ...MERGED_SECTIONS];

export interface MergeResult {
  /** Non-overlapping edits of the target text: one undoable change. */
  edits: TextEdit[];
  /** Logical ids of the pattern that had to be renamed, old → new. */
  renamed: Map<string, string>;
  /** Parameters the target already had with the same definition, shared rather than copied. */
  shared: string[];
  addedTransform: boolean;
}

export class MergeError extends Error {}

/**
 * Merges a pattern (or block) into a template as text edits that leave everything
 * outside the inserted text alone. Colliding logical ids are renamed consistently,
 * parameters with a default and the same definition are shared, the sections are
 * created where missing, and the SAM transform is added when the pattern needs it.
 */
export function mergeIntoTemplate(targetText: string, incoming: TemplateDocument, fileName?: string): MergeResult {
  const target = loadTemplate(targetText, { fileName });
  if (targetText.trim() === '') {
    const format = target.source.format;
    return { edits: [{ start: 0, end: targetText.length, newText: renderDocument(incoming, format) }], renamed: new Map(), shared: [], addedTransform: false };
  }
  if (!target.source.hasFatalProblem && target.source.root === undefined) {
    // Only comments so far: the pattern goes below them.
    return { edits: [{ start: targetText.length, end: targetText.length, newText: `${targetText.endsWith('\n') ? '' : '\n'}${renderDocument(incoming, target.source.format)}` }], renamed: new Map(), shared: [], addedTransform: false };
  }
  if (target.source.hasFatalProblem || !target.root) throw new MergeError('The template has syntax errors; fix them before adding a pattern.');
  if (!isBlockOrJson(target, target.root)) throw new MergeError('The template is written in YAML flow style; ArchLens can only add to block-style YAML or JSON.');

  const { renames, shared } = planRenames(target, incoming.body);
  const body = renameTemplate(incoming.body, renames);
  for (const name of shared) delete (unwrap(body.Parameters) as ValueMap)[name];

  const writer = target.source.format === 'json' ? new JsonWriter(target) : new YamlWriter(target);
  const edits: TextEdit[] = [];
  for (const section of MERGED_SECTIONS) {
    const entries = unwrap(body[section] ?? {});
    if (!isValueMap(entries) || Object.keys(entries).length === 0) continue;
    const edit = writer.addEntries(section, entries);
    if (edit) edits.push(edit);
  }
  let addedTransform = false;
  if (body.Transform === SAM_TRANSFORM && !hasSamTransform(target.root)) {
    edits.push(writer.addSamTransform());
    addedTransform = true;
  }
  return { edits: combineAtSameOffset(edits), renamed: renames.ids, shared, addedTransform };
}

/** The merged text, for the CLI and tests. */
export function mergeText(targetText: string, incoming: TemplateDocument, fileName?: string): string {
  return applyEdits(targetText, mergeIntoTemplate(targetText, incoming, fileName).edits);
}

function isBlockOrJson(template: Template, root: CfnMap): boolean {
  if (template.source.format === 'json') return true;
  return template.source.text[root.span.start] !== '{';
}

function planRenames(target: Template, body: ValueMap): { renames: Renames; shared: string[] } {
  const section = (name: string): ValueMap => {
    const value = unwrap(body[name] ?? {});
    return isValueMap(value) ? value : {};
  };
  const takenIds = new Set<string>([...target.parameters.keys(), ...target.resources.keys(), ...target.conditions.keys()]);
  const takenOutputs = new Set(target.outputs.keys());
  const takenMappings = new Set(target.mappings?.entries.map((e) => e.key) ?? []);
  const incoming = {
    ids: [...Object.keys(section('Parameters')), ...Object.keys(section('Resources')), ...Object.keys(section('Conditions'))],
    outputs: Object.keys(section('Outputs')),
    mappings: Object.keys(section('Mappings')),
  };
  const shared: string[] = [];
  const colliding = { ids: [] as string[], outputs: incoming.outputs.filter((n) => takenOutputs.has(n)), mappings: incoming.mappings.filter((n) => takenMappings.has(n)) };
  for (const name of incoming.ids) {
    if (!takenIds.has(name)) continue;
    const existing = target.parameters.get(name);
    const spec = section('Parameters')[name];
    const plain = spec === undefined ? undefined : (toPlainValue(spec) as Record<string, unknown>);
    // A parameter with a default and the same definition is a shared setting (AMI, instance type).
    if (existing && plain && 'Default' in plain && sameJson(plainOf(existing.node), plain)) shared.push(name);
    else colliding.ids.push(name);
  }
  // One copy letter for the whole merge (Vpc → VpcB, PublicSubnet1 → PublicSubnetB1), the
  // first that frees every colliding name.
  for (const letter of 'BCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const rename = (name: string) => name.replace(/(\d*)$/, `${letter}$1`);
    const fits = (names: string[], taken: Set<string>, others: string[]) =>
      names.every((n) => !taken.has(rename(n)) && !others.includes(rename(n)));
    if (
      fits(colliding.ids, takenIds, incoming.ids) &&
      fits(colliding.outputs, takenOutputs, incoming.outputs) &&
      fits(colliding.mappings, takenMappings, incoming.mappings)
    ) {
      const map = (names: string[]) => new Map(names.map((n) => [n, rename(n)]));
      return { renames: { ids: map(colliding.ids), outputs: map(colliding.outputs), mappings: map(colliding.mappings) }, shared };
    }
  }
  throw new MergeError('The template already holds 25 copies of these resources.');
}

function plainOf(node: CfnNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainOf);
  return Object.fromEntries(node.entries.map((e) => [e.key, plainOf(e.value)]));
}

function sameJson(a: unknown, b: unknown): boolean {
  const normalize = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(normalize) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, normalize(x)])) : typeof v === 'number' ? String(v) : v;
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function joinInsertions(first: string, second: string): string {
  const eol = first.includes('\r\n') || second.includes('\r\n') ? '\r\n' : '\n';
  return first.endsWith(eol) && second.startsWith(eol + eol) ? first + second.slice(eol.length) : first + second;
}

/** Edits inserting at the same offset are joined, so the set stays non-overlapping. */
function combineAtSameOffset(edits: TextEdit[]): TextEdit[] {
  const byOffset = new Map<string, TextEdit>();
  for (const edit of edits) {
    const key = `${edit.start}:${edit.end}`;
    const existing = byOffset.get(key);
    // Two sections inserted at one place: keep a single blank line between them.
    if (existing && edit.start === edit.end) existing.newText = joinInsertions(existing.newText, edit.newText);
    else byOffset.set(key, { ...edit });
  }
  return [...byOffset.values()];
}

// ---------------------------------------------------------------------------------------
// Writing into the target's own format

interface SectionWriter {
  addEntries(section: MergedSection, entries: ValueMap): TextEdit | undefined;
  addSamTransform(): TextEdit;
}

abstract class TextWriter implements SectionWriter {
  protected readonly text: string;
  protected readonly root: CfnMap;
  protected readonly eol: string;

  constructor(protected readonly template: Template) {
    this.text = template.source.text;
    this.root = template.root!;
    this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  abstract addEntries(section: MergedSection, entries: ValueMap): TextEdit | undefined;
  abstract addSamTransform(): TextEdit;

  protected column(offset: number): number {
    return this.template.source.lines.positionAt(offset).character;
  }

  /** End of a value's own text (block collections end before their trailing newline). */
  protected endOfValue(node: CfnNode): number {
    let end = node.span.end;
    while (end > node.span.start && /\s/.test(this.text[end - 1])) end--;
    return end;
  }

  protected endOfLine(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    const end = newline < 0 ? this.text.length : newline;
    return this.text[end - 1] === '\r' ? end - 1 : end;
  }

  protected lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The existing top-level entry a new section goes after (or before, when none precedes). */
  protected neighbour(section: string): { after?: CfnMap['entries'][number]; before?: CfnMap['entries'][number] } {
    const rank = (key: string) => {
      const index = TOP_LEVEL_ORDER.indexOf(key);
      return index < 0 ? TOP_LEVEL_ORDER.length : index;
    };
    const own = rank(section);
    const entries = this.root.entries;
    const preceding = entries.filter((e) => rank(e.key) < own);
    if (preceding.length > 0) return { after: preceding[preceding.length - 1] };
    return { before: entries.find((e) => rank(e.key) > own) ?? entries[0] };
  }

  protected withEol(text: string): string {
    return this.eol === '\n' ? text : text.replace(/\n/g, this.eol);
  }
}

class YamlWriter extends TextWriter {
  addEntries(section: MergedSection, entries: ValueMap): TextEdit | undefined {
    const entry = mapEntry(this.root, section);
    if (!entry) return this.addSection(section, entries);
    const map = entry.value;
    if (isMap(map) && map.entries.length > 0) {
      if (this.text[map.span.start] === '{') throw new MergeError(`${section} is written in flow style; ArchLens can only add to block-style YAML.`);
      const last = map.entries[map.entries.length - 1];
      const column = this.column(last.keySpan.start);
      const at = this.endOfLine(this.endOfValue(last.value));
      return { start: at, end: at, newText: this.withEol(`\n\n${mapLines(entries, column, true).join('\n')}`) };
    }
    // `Resources:` with nothing (null) or `{}` after it: write the block under the key.
    const column = this.column(entry.keySpan.start) + 2;
    const start = entry.keySpan.end + 1; // after the colon
    const end = isMap(map) || (isScalar(map) && map.value === null && map.span.end > map.span.start) ? this.endOfValue(map) : start;
    return { start, end: Math.max(start, end), newText: this.withEol(`\n${mapLines(entries, column, true).join('\n')}`) };
  }

  addSamTransform(): TextEdit {
    const transform = mapEntry(this.root, 'Transform');
    if (transform && isSeq(transform.value)) {
      const at = this.endOfValue(transform.value);
      const flow = this.text[transform.value.span.start] === '[';
      if (flow) return { start: at - 1, end: at - 1, newText: `, ${yamlScalarText(SAM_TRANSFORM, true)}` };
      const column = this.column(transform.value.items[0]?.span.start ?? at) - 2;
      return { start: this.endOfLine(at), end: this.endOfLine(at), newText: this.withEol(`\n${' '.repeat(Math.max(column, 0))}- ${SAM_TRANSFORM}`) };
    }
    if (transform) {
      const value = transform.value;
      return { start: value.span.start, end: this.endOfValue(value), newText: `[${yamlScalarText(String((value as { value?: unknown }).value ?? ''), true)}, ${yamlScalarText(SAM_TRANSFORM, true)}]` };
    }
    return this.insertTopLevel('Transform', this.withEol(`Transform: ${SAM_TRANSFORM}`));
  }

  private addSection(section: MergedSection, entries: ValueMap): TextEdit {
    const lines = [`${section}:`, ...mapLines(entries, 2, true)];
    return this.insertTopLevel(section, this.withEol(lines.join('\n')));
  }

  private insertTopLevel(section: string, block: string): TextEdit {
    const { after, before } = this.neighbour(section);
    // Sections are set apart by a blank line; a one-line `Transform:` sits with its neighbours.
    const gap = section === 'Transform' ? this.eol : `${this.eol}${this.eol}`;
    if (after) {
      const at = this.endOfLine(this.endOfValue(after.value));
      const followedByKey = /^\r?\n[^\s#]/.test(this.text.slice(at));
      return { start: at, end: at, newText: `${gap}${block}${followedByKey && section !== 'Transform' ? this.eol : ''}` };
    }
    const at = this.lineStart(before!.keySpan.start);
    return { start: at, end: at, newText: `${block}${gap}` };
  }
}

class JsonWriter extends TextWriter {
  private readonly unit: number;

  constructor(template: Template) {
    super(template);
    const first = this.root.entries[0];
    this.unit = first ? Math.max(this.column(first.keySpan.start), 1) : 2;
  }

  addEntries(section: MergedSection, entries: ValueMap): TextEdit | undefined {
    const entry = mapEntry(this.root, section);
    if (!entry) return this.addSection(section, entries);
    const map = entry.value;
    if (!isMap(map)) throw new MergeError(`${section} is not an object.`);
    const pairs = Object.entries(entries);
    if (map.entries.length > 0) {
      const last = map.entries[map.entries.length - 1];
      const column = this.column(last.keySpan.start);
      const at = this.endOfValue(last.value);
      return { start: at, end: at, newText: this.withEol(pairs.map(([k, v]) => `,\n${this.pair(k, v, column)}`).join('')) };
    }
    const column = this.column(entry.keySpan.start) + this.unit;
    const body = pairs.map(([k, v]) => this.pair(k, v, column)).join(',\n');
    return { start: map.span.start, end: map.span.end, newText: this.withEol(`{\n${body}\n${' '.repeat(column - this.unit)}}`) };
  }

  addSamTransform(): TextEdit {
    const transform = mapEntry(this.root, 'Transform');
    if (transform && isSeq(transform.value)) {
      const at = this.endOfValue(transform.value) - 1; // before the closing bracket
      return { start: at, end: at, newText: `${transform.value.items.length ? ', ' : ''}${JSON.stringify(SAM_TRANSFORM)}` };
    }
    if (transform) {
      const value = transform.value;
      return { start: value.span.start, end: this.endOfValue(value), newText: `[${this.text.slice(value.span.start, this.endOfValue(value))}, ${JSON.stringify(SAM_TRANSFORM)}]` };
    }
    return this.insertTopLevel('Transform', `${JSON.stringify('Transform')}: ${JSON.stringify(SAM_TRANSFORM)}`);
  }

  private pair(key: string, value: Value, column: number): string {
    const json = JSON.stringify(toPlainValue(value instanceof Noted ? value.value : value), null, this.unit).split('\n').join(`\n${' '.repeat(column)}`);
    return `${' '.repeat(column)}${JSON.stringify(key)}: ${json}`;
  }

  private addSection(section: MergedSection, entries: ValueMap): TextEdit {
    const column = this.root.entries[0] ? this.column(this.root.entries[0].keySpan.start) : this.unit;
    const body = Object.entries(entries).map(([k, v]) => this.pair(k, v, column + this.unit)).join(',\n');
    return this.insertTopLevel(section, this.withEol(`${JSON.stringify(section)}: {\n${body}\n${' '.repeat(column)}}`));
  }

  private insertTopLevel(section: string, member: string): TextEdit {
    const column = this.root.entries[0] ? this.column(this.root.entries[0].keySpan.start) : this.unit;
    const { after, before } = this.neighbour(section);
    if (after) {
      const at = this.endOfValue(after.value);
      return { start: at, end: at, newText: `,${this.eol}${' '.repeat(column)}${member}` };
    }
    if (!before) {
      const at = this.root.span.start + 1;
      return { start: at, end: at, newText: `${this.eol}${' '.repeat(column)}${member}${this.eol}` };
    }
    return { start: before.keySpan.start, end: before.keySpan.start, newText: `${member},${this.eol}${' '.repeat(column)}` };
  }
}

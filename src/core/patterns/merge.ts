import { applyEdits, type TextEdit } from '../edit/textEdit';
import { hasSamTransform } from '../model/detect';
import { loadTemplate, type Template } from '../model/template';
import type { CfnMap, CfnNode } from '../parse/nodes';
import { SAM_TRANSFORM, type TemplateDocument } from './builder';
import { JsonWriter, MERGED_SECTIONS, MergeError, YamlWriter } from './mergeWriters';
import { renderDocument } from './render/render';
import { renameTemplate, type Renames } from './rename';
import { isValueMap, toPlainValue, unwrap, type ValueMap } from './values';

export { MergeError };

export interface MergeResult {
  /** Non-overlapping edits of the target text: one undoable change. */
  edits: TextEdit[];
  /** Logical ids of the pattern that had to be renamed, old → new. */
  renamed: Map<string, string>;
  /** Parameters the target already had with the same definition, shared rather than copied. */
  shared: string[];
  addedTransform: boolean;
}

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

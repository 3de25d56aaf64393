import type { TextEdit } from '../edit/textEdit';
import type { Template } from '../model/template';
import { isMap, isScalar, isSeq, mapEntry, type CfnMap, type CfnNode } from '../parse/nodes';
import { SAM_TRANSFORM } from './builder';
import { mapLines, yamlScalarText } from './render/yamlText';
import { Noted, toPlainValue, type Value, type ValueMap } from './values';

/** Sections a pattern contributes, in CloudFormation's usual order. */
export const MERGED_SECTIONS = ['Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'] as const;
export type MergedSection = (typeof MERGED_SECTIONS)[number];
const TOP_LEVEL_ORDER = ['AWSTemplateFormatVersion', 'Transform', 'Description', 'Metadata', ...MERGED_SECTIONS];

export class MergeError extends Error {}

/** Writes merged entries into a template's text, in its own format and indentation. */
export interface SectionWriter {
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

export class YamlWriter extends TextWriter {
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

export class JsonWriter extends TextWriter {
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

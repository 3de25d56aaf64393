/**
 * The position-carrying value tree every part of ArchLens reads. YAML and JSON both
 * become this shape, and short-form YAML tags become their long form (`Fn::GetAtt`, `Ref`).
 */

/** Character offsets into the source text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type ScalarValue = string | number | boolean | null;

export interface CfnScalar {
  kind: 'scalar';
  value: ScalarValue;
  span: Span;
}

export interface CfnEntry {
  key: string;
  keySpan: Span;
  value: CfnNode;
}

export interface CfnMap {
  kind: 'map';
  entries: CfnEntry[];
  span: Span;
  /** Set when this one-entry map came from a YAML short-form tag such as `!Ref`. */
  shortTag?: string;
}

export interface CfnSeq {
  kind: 'seq';
  items: CfnNode[];
  span: Span;
}

export type CfnNode = CfnScalar | CfnMap | CfnSeq;

/** Where a span's content ends: block values end after their line break and blank lines. */
export function contentEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A path into the template: map keys and sequence indexes. */
export type TemplatePath = ReadonlyArray<string | number>;

export const isMap = (n: CfnNode | undefined): n is CfnMap => n?.kind === 'map';
export const isSeq = (n: CfnNode | undefined): n is CfnSeq => n?.kind === 'seq';
export const isScalar = (n: CfnNode | undefined): n is CfnScalar => n?.kind === 'scalar';

/** The value under `key`; with duplicate keys the last one wins, as in JSON.parse. */
export function mapGet(map: CfnNode | undefined, key: string): CfnNode | undefined {
  if (!isMap(map)) return undefined;
  for (let i = map.entries.length - 1; i >= 0; i--) {
    if (map.entries[i].key === key) return map.entries[i].value;
  }
  return undefined;
}

export function mapEntry(map: CfnNode | undefined, key: string): CfnEntry | undefined {
  if (!isMap(map)) return undefined;
  for (let i = map.entries.length - 1; i >= 0; i--) {
    if (map.entries[i].key === key) return map.entries[i];
  }
  return undefined;
}

/** Follows a path of keys and indexes from `node`. */
export function nodeAt(node: CfnNode | undefined, path: TemplatePath): CfnNode | undefined {
  let current = node;
  for (const step of path) {
    if (current === undefined) return undefined;
    if (typeof step === 'number') current = isSeq(current) ? current.items[step] : undefined;
    else current = mapGet(current, step);
  }
  return current;
}

/** The string of a scalar, or undefined for anything else. */
export function scalarString(node: CfnNode | undefined): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  return String(node.value);
}

/** The single key of an intrinsic-function map (`Ref`, `Fn::*`, `Condition`), if it is one. */
export function intrinsicName(node: CfnNode | undefined): string | undefined {
  if (!isMap(node) || node.entries.length !== 1) return undefined;
  const key = node.entries[0].key;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

/** Plain JavaScript value of a node, as JSON.parse would give it. */
export function toPlain(node: CfnNode | undefined): unknown {
  if (node === undefined) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const entry of node.entries) out[entry.key] = toPlain(entry.value);
  return out;
}

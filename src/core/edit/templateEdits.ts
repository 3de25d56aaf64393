import { contentEnd, intrinsicName, isMap, isSeq, mapEntry, mapGet, scalarString, type CfnMap, type CfnNode, type CfnSeq } from '../parse/nodes';
import type { Resource, Template } from '../model/template';
import { inlineValue, jsonValue, yamlEntry, yamlItem, type PlainValue, type WriteStyle } from './serialize';
import type { TextEdit } from './textEdit';

export type Fix = { fixId: string; edits: TextEdit[] };

const styles = new WeakMap<Template, WriteStyle>();

/**
 * How this file is written: format, indentation unit, and whether it uses `!Ref`-style
 * tags. Computed once per template: every fix asks, and a walk per fix would be quadratic.
 */
export function writeStyle(template: Template): WriteStyle {
  const cached = styles.get(template);
  if (cached) return cached;
  const format = template.source.format;
  let indentUnit = 2;
  const resourcesEntry = template.root ? mapEntry(template.root, 'Resources') : undefined;
  if (resourcesEntry && isMap(resourcesEntry.value) && resourcesEntry.value.entries.length > 0) {
    // The step from the `Resources` key to its first logical id is this file's unit.
    const step = columnOf(template, resourcesEntry.value.entries[0].keySpan.start) - columnOf(template, resourcesEntry.keySpan.start);
    if (step > 0) indentUnit = step;
  }
  const style: WriteStyle = { format, indentUnit, shortForm: format === 'yaml' && usesShortForm(template.root) };
  styles.set(template, style);
  return style;
}

function usesShortForm(root: CfnNode | undefined): boolean {
  const stack: CfnNode[] = root ? [root] : [];
  let visited = 0;
  while (stack.length > 0 && visited++ < 50_000) {
    const node = stack.pop()!;
    if (node.kind === 'map') {
      if (node.shortTag) return true;
      for (const entry of node.entries) stack.push(entry.value);
    } else if (node.kind === 'seq') stack.push(...node.items);
  }
  return false;
}

export function columnOf(template: Template, offset: number): number {
  return template.source.lines.positionAt(offset).character;
}

/**
 * Follows the value back to where the template decides it: a literal, or the Default of
 * the parameter a `Ref` names. Intrinsics that compute a value have no single place to fix.
 */
export function decidingNode(template: Template, node: CfnNode | undefined, depth = 0): CfnNode | undefined {
  if (!node || depth > 8) return undefined;
  if (node.kind === 'scalar') return node;
  if (intrinsicName(node) === 'Ref') {
    const parameter = template.parameters.get(scalarString(mapGet(node, 'Ref')) ?? '');
    return parameter?.default ? decidingNode(template, parameter.default, depth + 1) : undefined;
  }
  return undefined;
}

/** Replaces the literal that decides `node` (following `Ref` to a parameter default). */
export function setScalarValue(template: Template, node: CfnNode | undefined, value: string | number | boolean, fixId: string): Fix[] {
  const target = decidingNode(template, node);
  if (!target || target.kind !== 'scalar') return [];
  // A quoted '900' or 'false' (often a String parameter's Default) stays a string.
  const keepString = typeof target.value === 'string' && typeof value !== 'string';
  return [{ fixId, edits: [replaceNode(template, target, keepString ? String(value) : value)] }];
}

export function replaceNode(template: Template, node: CfnNode, value: PlainValue): TextEdit {
  return { start: node.span.start, end: node.span.end, newText: inlineValue(value, writeStyle(template)) };
}

/**
 * Sets `Properties.<keys…>` of a resource to `value`, creating the missing maps on the way.
 * An existing literal is replaced in place; otherwise the entry is inserted after the
 * last entry of the deepest existing map, in the file's own style.
 */
export function setResourceProperty(template: Template, resource: Resource, keys: string[], value: PlainValue, fixId: string): Fix[] {
  const edit = setIn(template, resource.node, ['Properties', ...keys], value);
  return edit ? [{ fixId, edits: [edit] }] : [];
}

export function setIn(template: Template, map: CfnMap, keys: string[], value: PlainValue): TextEdit | undefined {
  let current: CfnMap = map;
  for (let i = 0; i < keys.length; i++) {
    const entry = mapEntry(current, keys[i]);
    if (!entry) {
      const nested = keys.slice(i + 1).reduceRight<PlainValue>((inner, key) => ({ [key]: inner }), value);
      return insertEntry(template, current, keys[i], nested);
    }
    if (i === keys.length - 1) return replaceNode(template, entry.value, value);
    if (!isMap(entry.value) || intrinsicName(entry.value)) return undefined;
    current = entry.value;
  }
  return undefined;
}

/** Inserts `key: value` as the last entry of a map (block YAML, flow YAML or JSON). */
export function insertEntry(template: Template, map: CfnMap, key: string, value: PlainValue): TextEdit | undefined {
  const style = writeStyle(template);
  const text = template.source.text;
  const last = map.entries[map.entries.length - 1];
  if (!last) return insertIntoEmptyMap(template, map, key, value, style);
  const column = columnOf(template, last.keySpan.start);
  if (isFlow(text, map)) {
    const close = closingBracket(text, map);
    if (close < 0) return undefined;
    const multiline = text.slice(last.keySpan.start, close).includes('\n') || text.slice(map.span.start, last.keySpan.start).includes('\n');
    const entryKey = style.format === 'json' ? JSON.stringify(key) : key;
    const entryValue = style.format === 'json' ? jsonValue(value, column, style) : inlineValue(value, style);
    const insertAt = endOfValue(text, last.value);
    return {
      start: insertAt,
      end: insertAt,
      newText: multiline ? `,\n${' '.repeat(column)}${entryKey}: ${entryValue}` : `, ${entryKey}: ${entryValue}`,
    };
  }
  const at = endOfLine(text, endOfValue(text, last.value));
  return { start: at, end: at, newText: `${lineBreak(text)}${yamlEntry(key, value, column, style)}` };
}

/** Appends an item to a list (block YAML, flow YAML or JSON). */
export function appendItem(template: Template, seq: CfnSeq, value: PlainValue): TextEdit | undefined {
  const style = writeStyle(template);
  const text = template.source.text;
  const last = seq.items[seq.items.length - 1];
  if (!last) return undefined;
  if (isFlow(text, seq)) {
    const insertAt = endOfValue(text, last);
    const close = closingBracket(text, seq);
    const multiline = close > 0 && text.slice(seq.span.start, close).includes('\n');
    if (!multiline) return { start: insertAt, end: insertAt, newText: `, ${inlineValue(value, style)}` };
    const column = columnOf(template, last.span.start);
    const item = style.format === 'json' ? jsonValue(value, column, style) : inlineValue(value, style);
    return { start: insertAt, end: insertAt, newText: `,${lineBreak(text)}${' '.repeat(column)}${item}` };
  }
  const column = columnOf(template, text.lastIndexOf('-', last.span.start));
  const at = endOfLine(text, endOfValue(text, last));
  return { start: at, end: at, newText: `${lineBreak(text)}${yamlItem(value, column, style)}` };
}

/** Removes one entry of a block or flow map, with its line in block YAML. */
export function removeEntry(template: Template, map: CfnMap, key: string): TextEdit | undefined {
  const text = template.source.text;
  const index = map.entries.findIndex((entry) => entry.key === key);
  if (index < 0) return undefined;
  const entry = map.entries[index];
  if (isFlow(text, map)) {
    const keyStart = template.source.format === 'json' ? entry.keySpan.start : entry.keySpan.start;
    if (map.entries.length === 1) return undefined; // would leave an empty map; not a minimal edit
    if (index > 0) {
      const previousEnd = endOfValue(text, map.entries[index - 1].value);
      return { start: previousEnd, end: endOfValue(text, entry.value), newText: '' };
    }
    const nextKey = map.entries[1].keySpan.start;
    return { start: keyStart, end: nextKey, newText: '' };
  }
  if (map.entries.length === 1) return undefined;
  const lineStart = text.lastIndexOf('\n', entry.keySpan.start - 1) + 1;
  const next = map.entries[index + 1];
  const end = next ? text.lastIndexOf('\n', next.keySpan.start - 1) + 1 : endOfLine(text, endOfValue(text, entry.value)) + 1;
  return { start: lineStart, end: Math.min(end, text.length), newText: '' };
}

/** A logical id not yet used in the template: `Base`, then `Base2`, `Base3`… */
export function freshLogicalId(template: Template, base: string): string {
  const clean = base.replace(/[^A-Za-z0-9]/g, '') || 'Resource';
  if (!template.resources.has(clean) && !template.parameters.has(clean)) return clean;
  for (let n = 2; ; n++) {
    const candidate = `${clean}${n}`;
    if (!template.resources.has(candidate) && !template.parameters.has(candidate)) return candidate;
  }
}

/** Adds a resource at the end of `Resources`. */
export function addResource(template: Template, id: string, body: PlainValue): TextEdit | undefined {
  const resources = mapGet(template.root, 'Resources');
  return isMap(resources) ? insertEntry(template, resources, id, body) : undefined;
}

/** Writes `Metadata.archlens.ignore: [ruleId]` on the resource, merging with what is there. */
export function ignoreRuleForResource(template: Template, resource: Resource, ruleId: string): TextEdit | undefined {
  const ignore = mapGet(mapGet(resource.metadata, 'archlens'), 'ignore');
  if (isSeq(ignore)) return appendItem(template, ignore, ruleId);
  if (ignore !== undefined) {
    const existing = scalarString(ignore);
    return replaceNode(template, ignore, existing ? [existing, ruleId] : [ruleId]);
  }
  return setIn(template, resource.node, ['Metadata', 'archlens', 'ignore'], [ruleId]);
}

function insertIntoEmptyMap(template: Template, map: CfnMap, key: string, value: PlainValue, style: WriteStyle): TextEdit | undefined {
  const text = template.source.text;
  if (isFlow(text, map)) {
    const close = closingBracket(text, map);
    if (close < 0) return undefined;
    const entryKey = style.format === 'json' ? JSON.stringify(key) : key;
    return { start: map.span.start, end: close + 1, newText: `{ ${entryKey}: ${inlineValue(value, style)} }` };
  }
  return undefined;
}

function isFlow(text: string, node: CfnNode): boolean {
  const first = text[node.span.start];
  return first === '{' || first === '[';
}

function closingBracket(text: string, node: CfnNode): number {
  const close = text[node.span.start] === '{' ? '}' : ']';
  const index = text.lastIndexOf(close, Math.max(node.span.end - 1, node.span.start));
  return index >= node.span.start ? index : -1;
}

/** The end of a value's own text: block collections end before their trailing line break. */
export function endOfValue(text: string, node: CfnNode): number {
  return contentEnd(text, node.span);
}

/** The end of the line that contains `offset`, before any `\r\n`, after any comment. */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Fixes made of several edits: a property on one resource plus a new resource, or a few
 * flags set at once. The toolkit in templateEdits.ts builds each edit; these helpers put
 * them together so they never overlap and land in the intended order.
 */
import { mapEntry, type CfnMap, type CfnNode } from '../parse/nodes';
import type { Template } from '../model/template';
import { inlineValue, yamlScalar, type PlainValue } from './serialize';
import { endOfValue, insertEntry, setScalarValue, writeStyle, type Fix } from './templateEdits';
import type { TextEdit } from './textEdit';

/**
 * One non-overlapping list of edits: duplicates (two findings fixing the same parameter
 * default) are dropped, and insertions at the same offset are joined in the order given,
 * so "origin property, then new resource" reads in that order even when both land at the
 * end of the file. Returns undefined when a missing edit or an overlap makes it unsafe.
 */
export function combineEdits(edits: ReadonlyArray<TextEdit | undefined>): TextEdit[] | undefined {
  if (edits.some((edit) => edit === undefined)) return undefined;
  const ordered = (edits as TextEdit[]).map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  const out: TextEdit[] = [];
  for (const { edit } of ordered) {
    const previous = out[out.length - 1];
    if (previous && previous.start === edit.start && previous.end === edit.end && previous.newText === edit.newText) continue;
    if (previous && previous.start === previous.end && edit.start === edit.end && previous.start === edit.start) {
      out[out.length - 1] = { ...previous, newText: previous.newText + edit.newText };
      continue;
    }
    if (previous && edit.start < previous.end) return undefined;
    out.push(edit);
  }
  return out;
}

/** A single fix from several edits; no fix at all when they can't be combined safely. */
export function compositeFix(fixId: string, edits: ReadonlyArray<TextEdit | undefined>): Fix[] {
  const combined = combineEdits(edits);
  return combined && combined.length > 0 ? [{ fixId, edits: combined }] : [];
}

/** Inserts several entries at the end of a map, in the order given. */
export function insertEntries(template: Template, map: CfnMap, entries: ReadonlyArray<readonly [string, PlainValue]>): TextEdit | undefined {
  const edits = entries.map(([key, value]) => insertEntry(template, map, key, value));
  const combined = combineEdits(edits);
  return combined?.length === 1 ? combined[0] : undefined;
}

/**
 * Replaces `key: value` with `newKey: newValue` where it stands (block YAML, flow YAML or
 * JSON), keeping any comment after it. For scalar and short-form values.
 */
export function replaceEntry(template: Template, map: CfnMap, key: string, newKey: string, newValue: PlainValue): TextEdit | undefined {
  const entry = mapEntry(map, key);
  if (!entry) return undefined;
  const style = writeStyle(template);
  const keyText = style.format === 'json' ? JSON.stringify(newKey) : yamlScalar(newKey);
  return { start: entry.keySpan.start, end: endOfValue(template.source.text, entry.value), newText: `${keyText}: ${inlineValue(newValue, style)}` };
}

/**
 * The single edit of `setScalarValue` (which follows `Ref` to the parameter default and
 * keeps a quoted `'false'` a string), for fixes made of several edits.
 */
export function setScalarKeepingType(template: Template, node: CfnNode | undefined, value: string | number | boolean): TextEdit | undefined {
  return setScalarValue(template, node, value, '')[0]?.edits[0];
}

export function setScalarFix(template: Template, node: CfnNode | undefined, value: string | number | boolean, fixId: string): Fix[] {
  return setScalarValue(template, node, value, fixId);
}

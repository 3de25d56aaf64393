import { isSeq, mapEntry, mapGet, scalarString } from '../parse/nodes';
import type { Resource, Template } from '../model/template';
import { appendItem, columnOf, replaceNode } from './templateEdits';
import { yamlScalar } from './serialize';
import type { TextEdit } from './textEdit';

/**
 * Makes `resource` depend on `id`: appends to a `DependsOn` list, turns a single
 * `DependsOn` into a list, or writes a new `DependsOn` right after the `Type` line. Writing
 * it next to `Type` (not at the end of the resource) keeps this edit from landing on the
 * same offset as a resource added at the end of `Resources` in the same fix.
 */
export function addDependsOn(template: Template, resource: Resource, id: string): TextEdit | undefined {
  const existing = mapGet(resource.node, 'DependsOn');
  if (isSeq(existing)) {
    if (existing.items.some((item) => scalarString(item) === id)) return undefined;
    return existing.items.length > 0 ? appendItem(template, existing, id) : replaceNode(template, existing, [id]);
  }
  if (existing !== undefined) {
    const current = scalarString(existing);
    if (current === id) return undefined;
    return current === undefined ? undefined : replaceNode(template, existing, [current, id]);
  }
  const type = mapEntry(resource.node, 'Type');
  if (!type) return undefined;
  const text = template.source.text;
  const column = columnOf(template, type.keySpan.start);
  if (template.source.format === 'json' || text[resource.node.span.start] === '{') {
    const multiline = text.slice(resource.node.span.start, type.keySpan.start).includes('\n');
    const key = template.source.format === 'json' ? '"DependsOn"' : 'DependsOn';
    const value = template.source.format === 'json' ? JSON.stringify(id) : yamlScalar(id);
    const at = type.value.span.end;
    return { start: at, end: at, newText: multiline ? `,\n${' '.repeat(column)}${key}: ${value}` : `, ${key}: ${value}` };
  }
  const newline = text.indexOf('\n', type.value.span.end);
  const lineEnd = newline < 0 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineEnd, end: lineEnd, newText: `${eol}${' '.repeat(column)}DependsOn: ${yamlScalar(id)}` };
}

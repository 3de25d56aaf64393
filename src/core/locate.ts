import { contentEnd, intrinsicName, isMap, isSeq, type CfnNode, type Span, type TemplatePath } from './parse/nodes';
import type { Range } from './parse/lineIndex';
import type { Template } from './model/template';

export interface Located {
  span: Span;
  range: Range;
  /** False when the path did not fully exist and the nearest enclosing key was used. */
  exact: boolean;
}

/**
 * The one place that turns a template path into a source range. A scalar or an intrinsic
 * function points at its value; a map or list points at the key that names it, so a
 * finding on a resource underlines its logical id rather than the whole block. A path
 * that does not exist (a missing property) falls back to the deepest key that does.
 */
export function locate(template: Template, path: TemplatePath): Located {
  const root = template.root;
  const fallback: Span = { start: 0, end: 0 };
  let node = root as CfnNode | undefined;
  let keySpan: Span | undefined;
  let exact = true;
  for (const step of path) {
    if (!node) break;
    if (typeof step === 'number' && isSeq(node) && step < node.items.length) {
      node = node.items[step];
      keySpan = undefined;
      continue;
    }
    if (typeof step === 'string' && isMap(node)) {
      const entry = findEntry(node, step);
      if (entry) {
        node = entry.value;
        keySpan = entry.keySpan;
        continue;
      }
    }
    exact = false;
    break;
  }
  let span: Span;
  if (!node) span = fallback;
  else if (!exact) span = keySpan ?? firstLine(template, node.span);
  else if (node.kind === 'scalar' || intrinsicName(node)) span = node.span.end > node.span.start || !keySpan ? node.span : keySpan;
  else span = keySpan ?? firstLine(template, node.span);
  const end = contentEnd(template.source.text, span);
  if (end !== span.end) span = { start: span.start, end };
  return { span, range: template.source.lines.rangeOf(span.start, span.end), exact };
}

function findEntry(map: CfnNode & { kind: 'map' }, key: string) {
  for (let i = map.entries.length - 1; i >= 0; i--) if (map.entries[i].key === key) return map.entries[i];
  return undefined;
}

/** A collection without a key of its own (a list item) is shown on its first line only. */
function firstLine(template: Template, span: Span): Span {
  const text = template.source.text;
  const newline = text.indexOf('\n', span.start);
  const end = newline < 0 || newline > span.end ? span.end : newline;
  return { start: span.start, end: text[end - 1] === '\r' ? end - 1 : end };
}

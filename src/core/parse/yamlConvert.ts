import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type Document } from 'yaml';
import type { CfnEntry, CfnMap, CfnNode, CfnScalar, Span } from './nodes';
import type { ParseProblem } from './problems';
import { SHORT_FORM_TAGS } from './intrinsicTags';

export interface ConvertBudget {
  /** Total nodes the tree may hold once aliases are counted as expanded. */
  maxNodes: number;
  maxDepth: number;
}

/**
 * Turns a `yaml` document into CfnNodes. Aliases share the anchored node instead of
 * copying it, and their expanded size is charged to a budget, so an alias bomb stops
 * with a problem instead of exhausting memory.
 */
export function convertYamlDocument(
  doc: Document.Parsed,
  text: string,
  budget: ConvertBudget,
  problems: ParseProblem[],
): CfnNode | undefined {
  const converted = new Map<YamlNode, CfnNode>();
  const expandedSize = new Map<CfnNode, number>();
  let charged = 0;
  let budgetReported = false;
  let depthReported = false;

  const sizeOf = (node: CfnNode): number => {
    const known = expandedSize.get(node);
    if (known !== undefined) return known;
    let size = 1;
    if (node.kind === 'map') for (const e of node.entries) size += sizeOf(e.value);
    else if (node.kind === 'seq') for (const item of node.items) size += sizeOf(item);
    expandedSize.set(node, size);
    return size;
  };

  const nullAt = (span: Span): CfnScalar => ({ kind: 'scalar', value: null, span });

  const spanOf = (node: { range?: [number, number, number] | null }): Span => {
    const range = node.range;
    return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
  };

  const convert = (node: unknown, depth: number): CfnNode => {
    if (depth > budget.maxDepth) {
      const span = spanOf(node as YamlNode);
      if (!depthReported) {
        depthReported = true;
        problems.push({ code: 'too-deep', message: `Nesting deeper than ${budget.maxDepth} levels was cut off.`, span, fatal: true });
      }
      return nullAt(span);
    }
    if (isAlias(node)) {
      const span = spanOf(node);
      const target = node.resolve(doc);
      if (!target) return nullAt(span);
      const resolved = converted.get(target as YamlNode) ?? convert(target, depth + 1);
      charged += sizeOf(resolved);
      if (charged > budget.maxNodes) {
        if (!budgetReported) {
          budgetReported = true;
          problems.push({
            code: 'alias-budget',
            message: `YAML aliases expand to more than ${budget.maxNodes} values; the rest were not expanded (possible alias bomb).`,
            span,
            fatal: true,
          });
        }
        return nullAt(span);
      }
      return resolved;
    }
    charged++;
    const plain = convertPlain(node, depth);
    const tag = (node as { tag?: string }).tag;
    const result = tag && tag.startsWith('!') && !tag.startsWith('!!') ? wrapShortForm(tag, plain, node as YamlNode) : plain;
    converted.set(node as YamlNode, result);
    return result;
  };

  const convertPlain = (node: unknown, depth: number): CfnNode => {
    if (isScalar(node)) {
      const value = node.value;
      const scalarValue =
        value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? (value ?? null)
          : String(value);
      return { kind: 'scalar', value: scalarValue, span: spanOf(node) };
    }
    if (isMap(node)) {
      const entries: CfnEntry[] = [];
      const seen = new Set<string>();
      for (const pair of node.items as Pair<unknown, unknown>[]) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = keyNode && isScalar(keyNode) ? String(keyNode.value ?? '') : keyNode ? String((keyNode as { toString(): string }).toString()) : '';
        const keySpan = keyNode ? spanOf(keyNode) : spanOf(node);
        // Checked here rather than by the yaml package: its check compares every pair of keys.
        if (seen.has(key)) {
          problems.push({ code: 'duplicate-key', message: 'Duplicate key: CloudFormation rejects a map with the same key twice.', span: keySpan, fatal: false });
        }
        seen.add(key);
        const value = pair.value === null || pair.value === undefined ? nullAt({ start: keySpan.end, end: keySpan.end }) : convert(pair.value, depth + 1);
        entries.push({ key, keySpan, value });
      }
      return { kind: 'map', entries, span: spanOf(node) };
    }
    if (isSeq(node)) {
      return { kind: 'seq', items: node.items.map((item) => (item === null || item === undefined ? nullAt(spanOf(node)) : convert(item, depth + 1))), span: spanOf(node) };
    }
    return nullAt(spanOf(node as YamlNode));
  };

  /** Finds where the tag itself starts, scanning back over the white space before the value. */
  const tagStart = (tag: string, valueStart: number): number => {
    const index = text.lastIndexOf(tag, valueStart);
    if (index < 0) return valueStart;
    return /^\s*$/.test(text.slice(index + tag.length, valueStart)) ? index : valueStart;
  };

  const wrapShortForm = (tag: string, value: CfnNode, source: YamlNode): CfnNode => {
    const longKey = SHORT_FORM_TAGS[tag];
    if (!longKey) {
      problems.push({ code: 'unknown-tag', message: `Unknown tag ${tag}; CloudFormation does not understand it.`, span: value.span, fatal: false });
      return value;
    }
    const start = tagStart(tag, value.span.start);
    const keySpan: Span = { start, end: start + tag.length };
    let inner = value;
    if (longKey === 'Fn::GetAtt' && value.kind === 'scalar' && typeof value.value === 'string') {
      inner = splitGetAtt(value, source);
    }
    const map: CfnMap = { kind: 'map', entries: [{ key: longKey, keySpan, value: inner }], span: { start, end: value.span.end }, shortTag: tag };
    return map;
  };

  /** `!GetAtt A.B.C` means `[A, B.C]`; each half keeps its own span when the scalar is plain. */
  const splitGetAtt = (value: CfnScalar, source: YamlNode): CfnNode => {
    const str = value.value as string;
    const dot = str.indexOf('.');
    if (dot < 0) return { kind: 'seq', items: [value], span: value.span };
    const plain = (source as { type?: string }).type === 'PLAIN';
    const start = value.span.start;
    const first: CfnScalar = { kind: 'scalar', value: str.slice(0, dot), span: plain ? { start, end: start + dot } : value.span };
    const second: CfnScalar = { kind: 'scalar', value: str.slice(dot + 1), span: plain ? { start: start + dot + 1, end: value.span.end } : value.span };
    return { kind: 'seq', items: [first, second], span: value.span };
  };

  return doc.contents === null || doc.contents === undefined ? undefined : convert(doc.contents, 0);
}

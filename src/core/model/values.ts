import { intrinsicName, isMap, isScalar, isSeq, mapGet, scalarString, type CfnNode, type ScalarValue } from '../parse/nodes';
import type { Template } from './template';

/**
 * What a value is when the template alone decides it. `Ref` to a parameter counts as its
 * Default; anything the template does not decide (other resources' ids, pseudo-parameters,
 * conditions that differ by branch) is unknown, and rules never fire on unknown values.
 */
export type Resolved =
  | { known: true; value: ScalarValue; node: CfnNode }
  | { known: true; value: 'collection'; node: CfnNode }
  | { known: false };

const UNKNOWN: Resolved = { known: false };
const MAX_RESOLVE_DEPTH = 16;

export const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

export function resolveValue(template: Template, node: CfnNode | undefined, depth = 0): Resolved {
  if (node === undefined || depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
  if (isScalar(node)) return { known: true, value: node.value, node };
  const fn = intrinsicName(node);
  if (!fn) return { known: true, value: 'collection', node };
  const arg = (node as { entries: { value: CfnNode }[] }).entries[0].value;
  switch (fn) {
    case 'Ref': {
      const name = scalarString(arg);
      const parameter = name ? template.parameters.get(name) : undefined;
      return parameter?.default !== undefined ? resolveValue(template, parameter.default, depth + 1) : UNKNOWN;
    }
    case 'Fn::If': {
      if (!isSeq(arg) || arg.items.length !== 3) return UNKNOWN;
      const whenTrue = resolveValue(template, arg.items[1], depth + 1);
      const whenFalse = resolveValue(template, arg.items[2], depth + 1);
      // Only a value both branches agree on is decided by the template.
      return whenTrue.known && whenFalse.known && whenTrue.value === whenFalse.value && whenTrue.value !== 'collection' ? whenTrue : UNKNOWN;
    }
    case 'Fn::Sub': {
      const text = isSeq(arg) ? scalarString(arg.items[0]) : scalarString(arg);
      return text !== undefined && !text.includes('${') ? { known: true, value: text, node } : UNKNOWN;
    }
    case 'Fn::Join': {
      if (!isSeq(arg) || arg.items.length !== 2 || !isSeq(arg.items[1])) return UNKNOWN;
      const separator = scalarString(arg.items[0]) ?? '';
      const parts: string[] = [];
      for (const item of arg.items[1].items) {
        const part = resolveValue(template, item, depth + 1);
        if (!part.known || part.value === 'collection' || part.value === null) return UNKNOWN;
        parts.push(String(part.value));
      }
      return { known: true, value: parts.join(separator), node };
    }
    case 'Fn::FindInMap': {
      if (!isSeq(arg) || arg.items.length < 3) return UNKNOWN;
      const keys = arg.items.slice(0, 3).map((item) => resolveValue(template, item, depth + 1));
      if (keys.some((k) => !k.known || k.value === 'collection')) return UNKNOWN;
      const [mapName, top, second] = keys.map((k) => String((k as { value: ScalarValue }).value));
      const found = mapGet(mapGet(mapGet(template.mappings, mapName), top), second);
      return found ? resolveValue(template, found, depth + 1) : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** A number the template decides, including numeric strings ("900"). */
export function resolveNumber(template: Template, node: CfnNode | undefined): number | undefined {
  const resolved = resolveValue(template, node);
  if (!resolved.known || resolved.value === 'collection' || resolved.value === null || typeof resolved.value === 'boolean') return undefined;
  const number = typeof resolved.value === 'number' ? resolved.value : Number(resolved.value);
  return Number.isFinite(number) && String(resolved.value).trim() !== '' ? number : undefined;
}

/** A boolean the template decides; CloudFormation also accepts the strings "true"/"false". */
export function resolveBoolean(template: Template, node: CfnNode | undefined): boolean | undefined {
  const resolved = resolveValue(template, node);
  if (!resolved.known) return undefined;
  if (typeof resolved.value === 'boolean') return resolved.value;
  if (typeof resolved.value === 'string') {
    const lower = resolved.value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

export function resolveString(template: Template, node: CfnNode | undefined): string | undefined {
  const resolved = resolveValue(template, node);
  if (!resolved.known || resolved.value === 'collection' || resolved.value === null) return undefined;
  return String(resolved.value);
}

/** The strings of a scalar or a literal list; undefined when one of them is not decided. */
export function resolveStringList(template: Template, node: CfnNode | undefined): string[] | undefined {
  if (node === undefined) return [];
  const items = isSeq(node) ? node.items : [node];
  const out: string[] = [];
  for (const item of items) {
    const value = resolveString(template, item);
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

/** IAM-style pattern match: case-insensitive, `*` and `?` wildcards (actions, ARNs). */
export function wildcardMatch(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(value);
}

/** True when the value is `Ref: AWS::NoValue` (the property is absent) or missing. */
export function isAbsent(node: CfnNode | undefined): boolean {
  if (node === undefined) return true;
  if (intrinsicName(node) === 'Ref') return scalarString(mapGet(node, 'Ref')) === 'AWS::NoValue';
  return false;
}

/** The items of a list value, or undefined when the list itself is not literal. */
export function listItems(node: CfnNode | undefined): CfnNode[] | undefined {
  return isSeq(node) ? node.items : undefined;
}

export { isMap };

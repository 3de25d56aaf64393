import { intrinsicName, isScalar, isSeq, mapGet, scalarString, type CfnNode } from '../../parse/nodes';
import type { Template } from '../../model/template';
import { isAbsent, resolveNumber, resolveString } from '../../model/values';

/**
 * Keys that say which subnet or zone a list item stands for, so that two items naming the
 * same thing count once: `lit:subnet-0a1b` (a literal or a parameter default),
 * `res:PrivateSubnetA` (a subnet in this template), `param:SubnetId` (a one-subnet
 * parameter without default), `az#0` (`Fn::Select [0, Fn::GetAZs …]`).
 */
type ItemKind = 'subnet' | 'zone';

const LIST_PARAMETER = /^(List<.*>|CommaDelimitedList|AWS::SSM::Parameter::Value<List<.*>>|AWS::SSM::Parameter::Value<CommaDelimitedList>)$/;
const SINGLE_PARAMETER: Record<ItemKind, RegExp> = {
  subnet: /^(AWS::EC2::Subnet::Id|String)$/,
  zone: /^(AWS::EC2::AvailabilityZone::Name|String)$/,
};

function splitList(text: string): string[] {
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/** The keys of every entry of a list value, or undefined when the template doesn't decide them. */
export function listKeys(template: Template, node: CfnNode | undefined, kind: ItemKind): string[] | undefined {
  if (node === undefined) return undefined;
  if (isSeq(node)) {
    const keys: string[] = [];
    for (const item of node.items) {
      const itemKeys = itemKeysOf(template, item, kind);
      if (!itemKeys) return undefined;
      keys.push(...itemKeys);
    }
    return keys;
  }
  const fn = intrinsicName(node);
  if (fn === 'Ref') {
    const parameter = template.parameters.get(scalarString(mapGet(node, 'Ref')) ?? '');
    if (!parameter || !LIST_PARAMETER.test(parameter.type ?? '')) return undefined;
    const text = resolveString(template, parameter.default);
    return text === undefined ? undefined : splitList(text).map((value) => `lit:${value}`);
  }
  if (fn === 'Fn::Split') {
    const args = mapGet(node, 'Fn::Split');
    if (!isSeq(args) || args.items.length !== 2) return undefined;
    const separator = scalarString(args.items[0]);
    const text = resolveString(template, args.items[1]);
    return separator === undefined || text === undefined ? undefined : text.split(separator).filter((p) => p !== '').map((value) => `lit:${value.trim()}`);
  }
  return undefined;
}

function itemKeysOf(template: Template, item: CfnNode, kind: ItemKind): string[] | undefined {
  if (isScalar(item)) {
    const text = scalarString(item);
    return text === undefined ? undefined : splitList(text).map((value) => `lit:${value}`);
  }
  const fn = intrinsicName(item);
  if (fn === 'Ref') {
    const name = scalarString(mapGet(item, 'Ref')) ?? '';
    const resource = template.resources.get(name);
    if (resource) return kind === 'subnet' && resource.type === 'AWS::EC2::Subnet' ? [`res:${name}`] : undefined;
    const parameter = template.parameters.get(name);
    if (!parameter || !SINGLE_PARAMETER[kind].test(parameter.type ?? '')) return undefined;
    const value = resolveString(template, parameter.default);
    if (value !== undefined) return splitList(value).map((v) => `lit:${v}`);
    // A parameter typed as one subnet or zone is one entry, whatever its value.
    return parameter.type === 'String' ? undefined : [`param:${name}`];
  }
  if (fn === 'Fn::Select') {
    const args = mapGet(item, 'Fn::Select');
    if (!isSeq(args) || args.items.length !== 2) return undefined;
    const index = resolveNumber(template, args.items[0]);
    if (index === undefined) return undefined;
    const source = args.items[1];
    if (intrinsicName(source) === 'Fn::GetAZs') return kind === 'zone' ? [`az#${index}`] : undefined;
    const keys = listKeys(template, source, kind);
    if (keys) return keys[index] !== undefined ? [keys[index]] : undefined;
    const listParam = intrinsicName(source) === 'Ref' ? scalarString(mapGet(source, 'Ref')) : undefined;
    return listParam && template.parameters.has(listParam) ? [`sel:${index}:${listParam}`] : undefined;
  }
  return undefined;
}

/** How many entries a list has, when the template decides it (`Ref AWS::NoValue` is none). */
export function listLength(template: Template, node: CfnNode | undefined): number | undefined {
  if (isAbsent(node)) return 0;
  if (isSeq(node)) return node.items.some((item) => intrinsicName(item) === 'Fn::If') ? undefined : node.items.length;
  if (intrinsicName(node) === 'Ref') {
    const parameter = template.parameters.get(scalarString(mapGet(node, 'Ref')) ?? '');
    if (!parameter || !LIST_PARAMETER.test(parameter.type ?? '')) return undefined;
    const text = resolveString(template, parameter.default);
    return text === undefined ? undefined : splitList(text).length;
  }
  return undefined;
}

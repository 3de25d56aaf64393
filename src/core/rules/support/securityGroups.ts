/**
 * Security group ingress rules, inline (`SecurityGroupIngress` of an `AWS::EC2::SecurityGroup`)
 * and standalone (`AWS::EC2::SecurityGroupIngress`), in one shape. Collected once per
 * template and shared by the security-group rules.
 */
import { intrinsicName, isMap, isSeq, mapGet, type CfnMap, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { resolveNumber, resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { getAttTarget, referencedId } from '../../graph/references';
import type { ResourceGraph } from '../../graph/types';

export interface IngressRule {
  /** The resource that writes the rule: the group (inline) or the `SecurityGroupIngress`. */
  owner: Resource;
  /** The security group of this template the rule belongs to, if known. */
  groupId: string | undefined;
  /** The rule's own map (inline item, or the standalone resource's Properties). */
  node: CfnMap;
  path: TemplatePath;
}

const memo = new WeakMap<Template, IngressRule[]>();

export function ingressRules(template: Template): IngressRule[] {
  let rules = memo.get(template);
  if (rules) return rules;
  rules = [];
  for (const group of template.resourcesOfType('AWS::EC2::SecurityGroup')) {
    const list = mapGet(group.properties, 'SecurityGroupIngress');
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      // An item under Fn::If differs by condition: it is not decided, so it is skipped.
      if (isMap(item) && !intrinsicName(item)) {
        rules!.push({ owner: group, groupId: group.id, node: item, path: ['Resources', group.id, 'Properties', 'SecurityGroupIngress', index] });
      }
    });
  }
  for (const ingress of template.resourcesOfType('AWS::EC2::SecurityGroupIngress')) {
    if (!ingress.properties) continue;
    const group = referencedId(mapGet(ingress.properties, 'GroupId')) ?? referencedId(mapGet(ingress.properties, 'GroupName'));
    rules.push({
      owner: ingress,
      groupId: group && template.resources.get(group)?.type === 'AWS::EC2::SecurityGroup' ? group : undefined,
      node: ingress.properties,
      path: ['Resources', ingress.id, 'Properties'],
    });
  }
  memo.set(template, rules);
  return rules;
}

export type PortRange = { all: true } | { all: false; from: number; to: number };

/**
 * The TCP/UDP ports a rule opens: every port for protocol `-1`, else FromPort–ToPort.
 * Undefined when the protocol or a port is not decided, or the protocol has no ports (ICMP).
 */
export function portRange(template: Template, rule: IngressRule): PortRange | undefined {
  const protocol = resolveString(template, mapGet(rule.node, 'IpProtocol'))?.toLowerCase();
  if (protocol === '-1' || protocol === 'all') return { all: true };
  if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== '6' && protocol !== '17') return undefined;
  const from = resolveNumber(template, mapGet(rule.node, 'FromPort'));
  const to = resolveNumber(template, mapGet(rule.node, 'ToPort')) ?? from;
  if (from === undefined || to === undefined) return undefined;
  // -1 on TCP/UDP is how the console writes "all ports".
  if (from === -1 || to === -1) return { all: true };
  return { all: false, from, to };
}

export function protocolOf(template: Template, rule: IngressRule): 'tcp' | 'udp' | 'all' | undefined {
  const protocol = resolveString(template, mapGet(rule.node, 'IpProtocol'))?.toLowerCase();
  if (protocol === '-1' || protocol === 'all') return 'all';
  if (protocol === 'tcp' || protocol === '6') return 'tcp';
  if (protocol === 'udp' || protocol === '17') return 'udp';
  return undefined;
}

/** The ports of `candidates` the rule opens, in order. */
export function openedPorts(range: PortRange, candidates: readonly number[]): number[] {
  return candidates.filter((port) => range.all || (port >= range.from && port <= range.to));
}

/** The source of a rule: a CIDR (with its value when decided), another group, or a prefix list. */
export type IngressSource =
  | { kind: 'cidr'; key: 'CidrIp' | 'CidrIpv6'; node: CfnNode; value: string | undefined; world: boolean }
  | { kind: 'group' }
  | { kind: 'prefix-list' }
  | { kind: 'unknown' };

export function ingressSource(template: Template, rule: IngressRule): IngressSource {
  for (const key of ['CidrIp', 'CidrIpv6'] as const) {
    const node = mapGet(rule.node, key);
    if (node === undefined) continue;
    const value = resolveString(template, node);
    return { kind: 'cidr', key, node, value, world: value === '0.0.0.0/0' || value === '::/0' };
  }
  if (mapGet(rule.node, 'SourceSecurityGroupId') !== undefined || mapGet(rule.node, 'SourceSecurityGroupName') !== undefined) return { kind: 'group' };
  if (mapGet(rule.node, 'SourcePrefixListId') !== undefined) return { kind: 'prefix-list' };
  return { kind: 'unknown' };
}

/** True for `Fn::GetAtt Vpc.CidrBlock`: a private range, never the whole internet. */
export function isVpcCidrReference(template: Template, node: CfnNode): boolean {
  const getAtt = getAttTarget(mapGet(node, 'Fn::GetAtt'));
  return !!getAtt && getAtt.attribute === 'CidrBlock' && template.resources.get(getAtt.target)?.type === 'AWS::EC2::VPC';
}

/** Security groups of this template named in a list property (`VpcSecurityGroupIds`, …). */
export function groupsInList(template: Template, node: CfnNode | undefined): string[] {
  if (!isSeq(node)) return [];
  const out: string[] = [];
  for (const item of node.items) {
    const id = referencedId(item);
    if (id && template.resources.get(id)?.type === 'AWS::EC2::SecurityGroup') out.push(id);
  }
  return out;
}

const LOAD_BALANCER_TYPES = new Set(['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer']);
/** Resources that name a group only to write its rules, not to use it. */
const RULE_PLUMBING_TYPES = new Set(['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress']);

/**
 * True when every resource that uses the group is a load balancer. A load balancer answers
 * only on its listener ports, so a wide rule on its group opens no SSH or database port.
 * A group nothing in the template uses is not exempt (it may protect anything).
 */
export function usedOnlyByLoadBalancers(template: Template, graph: ResourceGraph, groupId: string | undefined): boolean {
  if (!groupId) return false;
  let users = 0;
  for (const edge of graph.incoming(groupId)) {
    if (edge.kind !== 'ref' && edge.kind !== 'getatt' && edge.kind !== 'sub') continue;
    const type = template.resources.get(edge.from)?.type ?? '';
    if (RULE_PLUMBING_TYPES.has(type)) continue;
    if (!LOAD_BALANCER_TYPES.has(type)) return false;
    users++;
  }
  return users > 0;
}

export interface WorldOpenIngress {
  rule: IngressRule;
  source: Extract<IngressSource, { kind: 'cidr' }>;
  protocol: 'tcp' | 'udp' | 'all';
  range: PortRange;
}

/**
 * Ingress rules open to the whole internet (0.0.0.0/0 or ::/0) with a decided protocol and
 * port range. Groups used only by load balancers are left out: only listener ports answer.
 */
export function worldOpenIngress(template: Template, graph: ResourceGraph): WorldOpenIngress[] {
  const out: WorldOpenIngress[] = [];
  for (const rule of ingressRules(template)) {
    const source = ingressSource(template, rule);
    if (source.kind !== 'cidr' || !source.world) continue;
    if (usedOnlyByLoadBalancers(template, graph, rule.groupId)) continue;
    const protocol = protocolOf(template, rule);
    const range = portRange(template, rule);
    if (protocol && range) out.push({ rule, source, protocol, range });
  }
  return out;
}

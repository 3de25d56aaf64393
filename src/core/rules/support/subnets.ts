/**
 * Subnets, their Availability Zones and their tier (public/private), as far as the
 * template decides them. Built once per template and shared by the networking rules, so
 * every rule stays linear in the template size.
 */
import { intrinsicName, isMap, isScalar, isSeq, mapGet, scalarString, toPlain, type CfnNode } from '../../parse/nodes';
import { resolveBoolean, resolveNumber, resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { referencedId } from '../../graph/references';

/**
 * An AZ as the template names it. Keys of the same kind compare; keys of different kinds
 * (a zone name against `Fn::Select [i, Fn::GetAZs]`) may or may not be the same zone.
 */
export interface AzKey {
  kind: 'name' | 'id' | 'index';
  key: string;
  /** For messages: "us-east-1a", "AZ index 0". */
  label: string;
}

export type SubnetTier = 'public' | 'private';

export interface SubnetInfo {
  resource: Resource;
  az: AzKey | undefined;
  /** Canonical text of the VpcId value, so subnets of one VPC group together. */
  vpcKey: string;
  /** The VPC resource in this template, when VpcId names one. */
  vpcId: string | undefined;
  tier: SubnetTier | undefined;
  /** Route tables in this template associated with the subnet. */
  routeTables: string[];
}

export interface NetworkIndex {
  subnets: Map<string, SubnetInfo>;
  /** NAT gateway id → route tables whose default route (0.0.0.0/0) goes through it. */
  natRouteTables: Map<string, string[]>;
  /** Route table id → subnet ids associated with it. */
  routeTableSubnets: Map<string, string[]>;
}

const memo = new WeakMap<Template, NetworkIndex>();

/** The subnet/route-table index of a template, built on first use. */
export function networkIndex(template: Template): NetworkIndex {
  let index = memo.get(template);
  if (!index) {
    index = buildIndex(template);
    memo.set(template, index);
  }
  return index;
}

type DefaultRoute = 'igw' | 'nat' | 'other';

function buildIndex(template: Template): NetworkIndex {
  const isType = (id: string | undefined, type: string) => !!id && template.resources.get(id)?.type === type;

  // Route tables: what their default IPv4 route goes to.
  const defaultRoute = new Map<string, DefaultRoute>();
  const natRouteTables = new Map<string, string[]>();
  for (const route of template.resourcesOfType('AWS::EC2::Route')) {
    const props = route.properties;
    const table = referencedId(mapGet(props, 'RouteTableId'));
    if (!isType(table, 'AWS::EC2::RouteTable') || resolveString(template, mapGet(props, 'DestinationCidrBlock')) !== '0.0.0.0/0') continue;
    const gateway = mapGet(props, 'GatewayId');
    const gatewayId = referencedId(gateway);
    const nat = referencedId(mapGet(props, 'NatGatewayId'));
    let target: DefaultRoute = 'other';
    if (isType(gatewayId, 'AWS::EC2::InternetGateway') || resolveString(template, gateway)?.startsWith('igw-')) target = 'igw';
    else if (mapGet(props, 'NatGatewayId') !== undefined) target = 'nat';
    if (nat && isType(nat, 'AWS::EC2::NatGateway')) {
      const tables = natRouteTables.get(nat) ?? [];
      tables.push(table!);
      natRouteTables.set(nat, tables);
    }
    // A table with an internet route is public even if another (conditional) route exists.
    if (defaultRoute.get(table!) !== 'igw') defaultRoute.set(table!, target);
  }

  const routeTableSubnets = new Map<string, string[]>();
  const subnetTables = new Map<string, string[]>();
  for (const association of template.resourcesOfType('AWS::EC2::SubnetRouteTableAssociation')) {
    const subnet = referencedId(mapGet(association.properties, 'SubnetId'));
    const table = referencedId(mapGet(association.properties, 'RouteTableId'));
    if (!isType(subnet, 'AWS::EC2::Subnet') || !isType(table, 'AWS::EC2::RouteTable')) continue;
    (routeTableSubnets.get(table!) ?? routeTableSubnets.set(table!, []).get(table!)!).push(subnet!);
    (subnetTables.get(subnet!) ?? subnetTables.set(subnet!, []).get(subnet!)!).push(table!);
  }

  const subnets = new Map<string, SubnetInfo>();
  for (const resource of template.resourcesOfType('AWS::EC2::Subnet')) {
    const props = resource.properties;
    const vpcNode = mapGet(props, 'VpcId');
    const vpc = referencedId(vpcNode);
    const routeTables = subnetTables.get(resource.id) ?? [];
    subnets.set(resource.id, {
      resource,
      az: subnetAz(template, resource),
      vpcKey: vpcNode ? JSON.stringify(toPlain(vpcNode)) : '',
      vpcId: isType(vpc, 'AWS::EC2::VPC') ? vpc : undefined,
      tier: tierOf(template, resource, routeTables, defaultRoute),
      routeTables,
    });
  }
  return { subnets, natRouteTables, routeTableSubnets };
}

/**
 * Public: the route table sends 0.0.0.0/0 to an internet gateway. Private: it is associated
 * with route tables of this template and none of them does. Unassociated subnets use the
 * VPC's main route table, which the template cannot see; `MapPublicIpOnLaunch: true` still
 * says the author means a public subnet.
 */
function tierOf(template: Template, subnet: Resource, tables: string[], defaultRoute: Map<string, DefaultRoute>): SubnetTier | undefined {
  if (tables.length > 0) return tables.some((t) => defaultRoute.get(t) === 'igw') ? 'public' : 'private';
  return resolveBoolean(template, mapGet(subnet.properties, 'MapPublicIpOnLaunch')) === true ? 'public' : undefined;
}

/** The AZ of a subnet: literal `AvailabilityZone`/`AvailabilityZoneId`, or `Fn::Select` over `Fn::GetAZs`. */
export function subnetAz(template: Template, subnet: Resource): AzKey | undefined {
  const props = subnet.properties;
  const zone = mapGet(props, 'AvailabilityZone');
  if (zone !== undefined) return azOfNode(template, zone);
  const zoneId = resolveString(template, mapGet(props, 'AvailabilityZoneId'));
  return zoneId ? { kind: 'id', key: `id:${zoneId}`, label: zoneId } : undefined;
}

export function azOfNode(template: Template, node: CfnNode | undefined, depth = 0): AzKey | undefined {
  if (!node || depth > 8) return undefined;
  const fn = intrinsicName(node);
  if (fn === 'Fn::Select') return selectAz(template, mapGet(node, 'Fn::Select'), depth);
  if (fn === 'Fn::If') {
    // Conditions: only a zone both branches agree on is decided.
    const args = mapGet(node, 'Fn::If');
    if (!isSeq(args) || args.items.length !== 3) return undefined;
    const a = azOfNode(template, args.items[1], depth + 1);
    const b = azOfNode(template, args.items[2], depth + 1);
    return a && b && a.key === b.key ? a : undefined;
  }
  const name = resolveString(template, node);
  return name ? { kind: 'name', key: `name:${name}`, label: name } : undefined;
}

function selectAz(template: Template, args: CfnNode | undefined, depth: number): AzKey | undefined {
  if (!isSeq(args) || args.items.length !== 2) return undefined;
  const index = resolveNumber(template, args.items[0]);
  if (index === undefined || !Number.isInteger(index) || index < 0) return undefined;
  const list = args.items[1];
  if (intrinsicName(list) === 'Fn::GetAZs') {
    const regionNode = mapGet(list, 'Fn::GetAZs');
    // '' (and JSON's null) or `Ref AWS::Region` mean the stack's own region.
    const isCurrent = regionNode === undefined || (isScalar(regionNode) && (regionNode.value === null || regionNode.value === '')) || scalarString(mapGet(regionNode, 'Ref')) === 'AWS::Region';
    const region = isCurrent ? '' : resolveString(template, regionNode);
    if (region === undefined) return undefined;
    return { kind: 'index', key: `index:${region}:${index}`, label: region ? `AZ #${index} (${region})` : `AZ #${index}` };
  }
  if (isSeq(list)) return azOfNode(template, list.items[index], depth + 1);
  // A comma-delimited parameter default: "us-east-1a,us-east-1b".
  const text = intrinsicName(list) === 'Ref' ? resolveString(template, list) : undefined;
  const name = text?.split(',')[index]?.trim();
  return name ? { kind: 'name', key: `name:${name}`, label: name } : undefined;
}

/**
 * How many distinct AZs a set of subnets' zones spans, as a range: zones of different kinds
 * may coincide, and each unknown zone may add one more.
 */
export function azSpan(azs: ReadonlyArray<AzKey | undefined>): { min: number; max: number } {
  const byKind = new Map<string, Set<string>>();
  let unknown = 0;
  for (const az of azs) {
    if (!az) unknown++;
    else (byKind.get(az.kind) ?? byKind.set(az.kind, new Set()).get(az.kind)!).add(az.key);
  }
  const sizes = [...byKind.values()].map((s) => s.size);
  const min = Math.max(azs.length > 0 ? 1 : 0, ...sizes);
  const max = sizes.reduce((a, b) => a + b, 0) + unknown;
  return { min, max };
}

/** Labels of the distinct zones the template names, for messages (the same in every language). */
export function azLabels(azs: ReadonlyArray<AzKey | undefined>): string {
  const labels = new Map<string, string>();
  for (const az of azs) if (az) labels.set(az.key, az.label);
  return [...labels.values()].join(', ');
}

/**
 * The items of a subnet list (`Subnets`, `SubnetIds`, `VPCZoneIdentifier`), and how many
 * subnets it holds. A `Ref` to a list parameter counts the items of its Default; an item
 * that is `Fn::If` may add zero or one subnet.
 */
export function subnetList(template: Template, node: CfnNode | undefined): { items: CfnNode[]; min: number; max: number } | undefined {
  if (node === undefined) return undefined;
  if (isSeq(node)) {
    // The same subnet written twice is still one subnet.
    const seen = new Set<string>();
    const distinct = node.items.filter((item) => {
      const key = JSON.stringify(toPlain(item));
      return !seen.has(key) && !!seen.add(key);
    });
    let min = 0;
    let max = 0;
    for (const item of distinct) {
      const count = itemCount(item);
      min += count.min;
      max += count.max;
    }
    return { items: distinct.filter((item) => itemCount(item).min === 1), min, max };
  }
  if (intrinsicName(node) === 'Ref') {
    const text = resolveString(template, node);
    if (text === undefined) return undefined;
    const n = text.split(',').filter((s) => s.trim() !== '').length;
    return { items: [], min: n, max: n };
  }
  return undefined;
}

function itemCount(item: CfnNode): { min: number; max: number } {
  const fn = intrinsicName(item);
  if (fn === 'Ref' && scalarString(mapGet(item, 'Ref')) === 'AWS::NoValue') return { min: 0, max: 0 };
  if (fn === 'Fn::If') {
    const args = mapGet(item, 'Fn::If');
    if (!isSeq(args) || args.items.length !== 3) return { min: 0, max: Infinity };
    const a = itemCount(args.items[1]);
    const b = itemCount(args.items[2]);
    return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
  }
  // A GetAZs/Split/ImportValue list in one item position is unusual; count what is written.
  if (isMap(item) && fn && fn !== 'Ref' && fn !== 'Fn::GetAtt' && fn !== 'Fn::ImportValue' && fn !== 'Fn::Sub' && fn !== 'Fn::Select' && fn !== 'Fn::FindInMap') {
    return { min: 0, max: Infinity };
  }
  return { min: 1, max: 1 };
}

/** The subnet of this template that a value names (`Ref Subnet`), if any. */
export function subnetOf(template: Template, node: CfnNode | undefined): SubnetInfo | undefined {
  const id = referencedId(node);
  return id ? networkIndex(template).subnets.get(id) : undefined;
}

/** The zone a subnet-list item is in, when the item names a subnet of this template. */
export function azOfSubnetItem(template: Template, item: CfnNode): AzKey | undefined {
  return subnetOf(template, item)?.az;
}

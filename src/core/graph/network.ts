import { isSeq, mapGet, type CfnMap, type CfnNode } from '../parse/nodes';
import type { Template } from '../model/template';
import { isAbsent } from '../model/values';
import { referencedId } from './references';
import { indexSubnets, zoneKey, zoneKeys, type SubnetFacts } from './network/subnets';
import { ATTACHED_GATEWAY_PROPERTIES, CLUSTER_MEMBERS, SUBNET_GROUP_USERS, SUBNET_PATHS, VPC_ONLY_TYPES, ZONE_PROPERTIES } from './network/where';
import type { GraphNode, NetworkPlacement } from './types';

/** What a subnet property says: no subnets named, subnets the template defines, or not decided. */
type SubnetList = { kind: 'none' } | { kind: 'known'; ids: string[] } | { kind: 'unknown' };

/**
 * Places each resource in its VPC, subnets, tier and AZs where the template decides it.
 *
 * - A subnet is placed in itself: its VPC, `[itself]`, its tier and AZ (see `indexSubnets`).
 * - A resource that names subnets (directly, through a subnet group, through its DB cluster,
 *   or for an EFS file system through its mount targets) takes them all. If one of them is
 *   not a subnet of this template (a parameter, an import, an `Fn::If`), nothing is placed:
 *   a partial list would make a two-AZ resource look single-AZ.
 * - From its subnets: `vpc` when they share one; `tier` when they all have the same tier
 *   (mixed or undecided tiers leave it unset); `azs` = their distinct AZ keys, in subnet order,
 *   only when every subnet's AZ is decided (so an empty list means "not known", never "none").
 * - Security groups, route tables, target groups, gateway endpoints, and gateways attached
 *   with a `VPCGatewayAttachment` get only `vpc`. The VPC itself is not placed in itself.
 * - Auto Scaling groups, classic ELBs, instances and volumes without subnets get `azs` from
 *   their own AZ properties.
 */
export function placeInNetwork(template: Template, nodes: Map<string, GraphNode>): void {
  const subnets = indexSubnets(template);
  const place = (id: string, placement: NetworkPlacement | undefined): void => {
    const node = nodes.get(id);
    if (node && placement) node.network = placement;
  };
  const placementOf = (id: string): NetworkPlacement | undefined => nodes.get(id)?.network;

  for (const id of subnets.keys()) place(id, fromSubnets([id], subnets));

  for (const [type, paths] of Object.entries(SUBNET_PATHS)) {
    for (const resource of template.resourcesOfType(type)) {
      const list = readSubnets(resource.effectiveProperties, paths, subnets);
      if (list.kind === 'known') place(resource.id, fromSubnets(list.ids, subnets));
    }
  }

  for (const [type, { property, groupType }] of Object.entries(SUBNET_GROUP_USERS)) {
    for (const resource of template.resourcesOfType(type)) {
      const group = referencedId(mapGet(resource.effectiveProperties, property));
      if (group && template.resources.get(group)?.type === groupType) place(resource.id, copy(placementOf(group)));
    }
  }

  for (const [type, { property, clusterType }] of Object.entries(CLUSTER_MEMBERS)) {
    for (const resource of template.resourcesOfType(type)) {
      if (placementOf(resource.id)?.subnets.length) continue;
      const cluster = referencedId(mapGet(resource.effectiveProperties, property));
      if (cluster && template.resources.get(cluster)?.type === clusterType) place(resource.id, copy(placementOf(cluster)));
    }
  }

  placeFileSystems(template, subnets, place, placementOf);
  placeInVpcOnly(template, nodes);
  placeInZones(template, nodes);
}

/** An EFS file system spans the subnets of all its mount targets. */
function placeFileSystems(
  template: Template,
  subnets: Map<string, SubnetFacts>,
  place: (id: string, placement: NetworkPlacement | undefined) => void,
  placementOf: (id: string) => NetworkPlacement | undefined,
): void {
  const mountTargets = new Map<string, string[]>();
  const undecided = new Set<string>();
  for (const target of template.resourcesOfType('AWS::EFS::MountTarget')) {
    const fileSystem = referencedId(mapGet(target.effectiveProperties, 'FileSystemId'));
    if (!fileSystem) continue;
    const targetSubnets = placementOf(target.id)?.subnets ?? [];
    if (targetSubnets.length === 0) undecided.add(fileSystem);
    mountTargets.set(fileSystem, [...(mountTargets.get(fileSystem) ?? []), ...targetSubnets]);
  }
  for (const [fileSystem, ids] of mountTargets) {
    if (undecided.has(fileSystem) || template.resources.get(fileSystem)?.type !== 'AWS::EFS::FileSystem') continue;
    place(fileSystem, fromSubnets([...new Set(ids)], subnets));
  }
}

/** `vpc` alone, for resources that belong to a VPC but not to a subnet. */
function placeInVpcOnly(template: Template, nodes: Map<string, GraphNode>): void {
  const vpcOf = (value: CfnNode | undefined): string | undefined => {
    const id = referencedId(value);
    return id && template.resources.get(id)?.type === 'AWS::EC2::VPC' ? id : undefined;
  };
  const setVpc = (id: string | undefined, vpc: string | undefined): void => {
    const node = id ? nodes.get(id) : undefined;
    if (node && vpc && node.network.vpc === undefined && node.network.subnets.length === 0) node.network = { ...node.network, vpc };
  };
  for (const type of VPC_ONLY_TYPES) {
    for (const resource of template.resourcesOfType(type)) setVpc(resource.id, vpcOf(mapGet(resource.effectiveProperties, 'VpcId')));
  }
  for (const attachment of template.resourcesOfType('AWS::EC2::VPCGatewayAttachment')) {
    const vpc = vpcOf(mapGet(attachment.effectiveProperties, 'VpcId'));
    for (const property of ATTACHED_GATEWAY_PROPERTIES) setVpc(referencedId(mapGet(attachment.effectiveProperties, property)), vpc);
  }
}

/** `azs` alone, for resources placed by zone names rather than subnets. */
function placeInZones(template: Template, nodes: Map<string, GraphNode>): void {
  for (const [type, { property, list }] of Object.entries(ZONE_PROPERTIES)) {
    for (const resource of template.resourcesOfType(type)) {
      const node = nodes.get(resource.id);
      if (!node || node.network.subnets.length > 0 || node.network.azs.length > 0) continue;
      const value = mapGet(resource.effectiveProperties, property);
      const zone = list ? undefined : zoneKey(template, value);
      const azs = list ? zoneKeys(template, value) : zone ? [zone] : undefined;
      if (azs) node.network = { ...node.network, azs };
    }
  }
}

/**
 * The subnets named at `paths`. A list must be literal and every item a `Ref`/`GetAtt` to a
 * subnet of this template (`Ref AWS::NoValue` items drop out); anything else is unknown.
 */
function readSubnets(properties: CfnMap | undefined, paths: ReadonlyArray<ReadonlyArray<string>>, subnets: Map<string, SubnetFacts>): SubnetList {
  const values = paths.flatMap((path) => valuesAt(properties, path));
  const ids: string[] = [];
  for (const value of values) {
    if (value === 'unknown') return { kind: 'unknown' };
    for (const item of isSeq(value) ? value.items : [value]) {
      if (isAbsent(item)) continue;
      const id = referencedId(item);
      if (!id || !subnets.has(id)) return { kind: 'unknown' };
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids.length > 0 ? { kind: 'known', ids } : { kind: 'none' };
}

/** Values at a property path; `*` expands a literal list, and a non-literal list is unknown. */
function valuesAt(node: CfnNode | undefined, path: ReadonlyArray<string>): Array<CfnNode | 'unknown'> {
  if (node === undefined) return [];
  if (path.length === 0) return [node];
  const [step, ...rest] = path;
  if (step === '*') {
    if (!isSeq(node)) return isAbsent(node) ? [] : ['unknown'];
    return node.items.flatMap((item) => valuesAt(item, rest));
  }
  return valuesAt(mapGet(node, step), rest);
}

function fromSubnets(ids: string[], subnets: Map<string, SubnetFacts>): NetworkPlacement {
  const facts = ids.map((id) => subnets.get(id) ?? {});
  const vpcs = new Set(facts.map((f) => f.vpc));
  const tiers = new Set(facts.map((f) => f.tier));
  const azs = facts.every((f) => f.az) ? [...new Set(facts.map((f) => f.az as string))] : [];
  const placement: NetworkPlacement = { subnets: [...ids], azs };
  const [vpc] = vpcs;
  const [tier] = tiers;
  if (vpcs.size === 1 && vpc) placement.vpc = vpc;
  if (tiers.size === 1 && tier) placement.tier = tier;
  return placement;
}

/** Each node gets its own arrays, so a later change to one placement never leaks into another. */
function copy(placement: NetworkPlacement | undefined): NetworkPlacement | undefined {
  if (!placement || placement.subnets.length === 0) return undefined;
  return { ...placement, subnets: [...placement.subnets], azs: [...placement.azs] };
}

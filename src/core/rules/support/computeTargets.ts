import { intrinsicName, isMap, isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { isAbsent, resolveBoolean, resolveString } from '../../model/values';
import { referencedId, type Reference } from '../../graph/references';
import { effectiveProperty } from './lambda';
import { listLength } from './availabilityZones';

export const RDS_DATABASE_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);

/**
 * A reference through which code connects to an RDS database: its endpoint (`Endpoint.Address`,
 * `ReadEndpoint.Address`, `Endpoint.Port`) or its identifier (`Ref`). ARNs and resource ids
 * serve IAM and the Data API, which need no connection; so does `Ref` to a cluster that has
 * the Data API (`EnableHttpEndpoint`) on.
 */
export function isRdsConnectionReference(template: Template, database: Resource, reference: Reference): boolean {
  const attribute = reference.kind === 'ref' ? undefined : reference.attribute;
  if (attribute !== undefined) return /^(Read)?Endpoint(\.|$)/.test(attribute);
  if (database.type === 'AWS::RDS::DBCluster' && resolveBoolean(template, mapGet(database.properties, 'EnableHttpEndpoint')) === true) return false;
  return true;
}

/** Whether a function runs attached to a VPC, as far as the template decides it. */
export type VpcAttachment = 'attached' | 'detached' | 'unknown';

/**
 * `VpcConfig` (Globals merged) with subnets attaches the function; a missing `VpcConfig`,
 * `Ref AWS::NoValue`, or an empty `SubnetIds` list leaves it outside any VPC.
 */
export function vpcAttachment(template: Template, fn: Resource): VpcAttachment {
  const config = effectiveProperty(template, fn, 'VpcConfig')?.node;
  if (isAbsent(config)) return 'detached';
  if (!isMap(config) || intrinsicName(config)) return 'unknown';
  const subnets = mapGet(config, 'SubnetIds');
  if (isAbsent(subnets)) return 'detached';
  const count = listLength(template, subnets);
  return count === undefined ? 'unknown' : count > 0 ? 'attached' : 'detached';
}

/** RDS proxies and which databases they front, built once per check. */
export class RdsProxyIndex {
  /** proxy id → database ids it fronts; undefined when the template doesn't say. */
  private readonly targets = new Map<string, Set<string> | undefined>();
  /** proxy endpoint id → its proxy id. */
  private readonly endpoints = new Map<string, string>();

  constructor(template: Template) {
    for (const proxy of template.resourcesOfType('AWS::RDS::DBProxy')) this.targets.set(proxy.id, undefined);
    for (const endpoint of template.resourcesOfType('AWS::RDS::DBProxyEndpoint')) {
      const proxy = referencedId(mapGet(endpoint.properties, 'DBProxyName'));
      if (proxy) this.endpoints.set(endpoint.id, proxy);
    }
    for (const group of template.resourcesOfType('AWS::RDS::DBProxyTargetGroup')) {
      const proxy = referencedId(mapGet(group.properties, 'DBProxyName'));
      if (!proxy || !this.targets.has(proxy)) continue;
      const databases = this.targets.get(proxy) ?? new Set<string>();
      for (const key of ['DBInstanceIdentifiers', 'DBClusterIdentifiers']) {
        const list = mapGet(group.properties, key);
        if (isSeq(list)) for (const item of list.items) {
          const id = referencedId(item);
          if (id) databases.add(id);
        }
      }
      this.targets.set(proxy, databases);
    }
  }

  /** The proxy a logical id stands for (a proxy, or one of its endpoints). */
  proxyOf(id: string): string | undefined {
    return this.targets.has(id) ? id : this.endpoints.get(id);
  }

  /** True when the proxy fronts the database, or its targets are not in the template. */
  fronts(proxyId: string, databaseId: string): boolean {
    const targets = this.targets.get(proxyId);
    return targets === undefined || targets.size === 0 || targets.has(databaseId);
  }

  /** Proxies in the template known to front the database. */
  proxiesFor(databaseId: string): string[] {
    return [...this.targets.entries()].filter(([, targets]) => targets?.has(databaseId)).map(([id]) => id);
  }

  isProxy(id: string): boolean {
    return this.proxyOf(id) !== undefined;
  }
}

/**
 * Whether an RDS database can only be reached from inside its VPC. An instance is
 * private when `PubliclyAccessible` is false, or absent while a DB subnet group is
 * named (without one it lands in the default VPC, public by default). A cluster is
 * private when it and every member instance in the template are.
 */
export class RdsReachability {
  private readonly members = new Map<string, Resource[]>();

  constructor(private readonly template: Template) {
    for (const instance of template.resourcesOfType('AWS::RDS::DBInstance')) {
      const cluster = referencedId(mapGet(instance.properties, 'DBClusterIdentifier'));
      if (cluster) (this.members.get(cluster) ?? this.members.set(cluster, []).get(cluster)!).push(instance);
    }
  }

  isPrivate(database: Resource): boolean {
    if (database.type === 'AWS::RDS::DBInstance') {
      const cluster = this.template.resources.get(referencedId(mapGet(database.properties, 'DBClusterIdentifier')) ?? '');
      return this.privateOwn(database, cluster);
    }
    if (database.type !== 'AWS::RDS::DBCluster') return false;
    return this.privateOwn(database, undefined) && (this.members.get(database.id) ?? []).every((member) => this.privateOwn(member, database));
  }

  private privateOwn(database: Resource, cluster: Resource | undefined): boolean {
    const publicly = mapGet(database.properties, 'PubliclyAccessible');
    if (!isAbsent(publicly)) return resolveBoolean(this.template, publicly) === false;
    return hasValue(mapGet(database.properties, 'DBSubnetGroupName')) || hasValue(mapGet(cluster?.properties, 'DBSubnetGroupName'));
  }
}

function hasValue(node: CfnNode | undefined): boolean {
  return !isAbsent(node) && intrinsicName(node) !== 'Fn::If';
}

/** Resources that live only inside a VPC whatever their settings. */
const VPC_ONLY_TYPES = new Set([
  'AWS::RDS::DBProxy',
  'AWS::RDS::DBProxyEndpoint',
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElastiCache::ServerlessCache',
  'AWS::DAX::Cluster',
  'AWS::EFS::AccessPoint',
  'AWS::MemoryDB::Cluster',
  'AWS::DocDB::DBCluster',
  'AWS::Neptune::DBCluster',
]);

/**
 * True when a function outside any VPC cannot reach `target`: the types above, an RDS
 * database that `RdsReachability` finds private, or a load balancer with `Scheme: internal`.
 */
export function isVpcOnly(template: Template, target: Resource, reachability: RdsReachability): boolean {
  if (VPC_ONLY_TYPES.has(target.type)) return true;
  if (RDS_DATABASE_TYPES.has(target.type)) return reachability.isPrivate(target);
  if (target.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' || target.type === 'AWS::ElasticLoadBalancing::LoadBalancer') {
    return resolveString(template, mapGet(target.properties, 'Scheme')) === 'internal';
  }
  return false;
}

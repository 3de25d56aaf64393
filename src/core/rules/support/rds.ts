/**
 * RDS instances and clusters: engine, Aurora or not, read replica or not, and which
 * instances belong to which cluster. Built once per template and shared by the AL3xx rules.
 */
import { intrinsicName, isSeq, mapGet, scalarString, type CfnNode } from '../../parse/nodes';
import { isAbsent, resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { referencedId } from '../../graph/references';

export const DB_INSTANCE_TYPE = 'AWS::RDS::DBInstance';
export const DB_CLUSTER_TYPE = 'AWS::RDS::DBCluster';

/** The engine in lower case (`mysql`, `aurora-postgresql`…); undefined when not decided. */
export function engineOf(template: Template, resource: Resource): string | undefined {
  return resolveString(template, mapGet(resource.properties, 'Engine'))?.toLowerCase();
}

export function isAuroraEngine(engine: string | undefined): boolean {
  return !!engine && engine.startsWith('aurora');
}

/**
 * Whether an optional property is written: true, false, or undefined when a condition
 * decides it (`!If [Cond, X, !Ref AWS::NoValue]`).
 */
export function isPresent(node: CfnNode | undefined, depth = 0): boolean | undefined {
  if (isAbsent(node)) return false;
  if (intrinsicName(node) === 'Fn::If' && depth < 8) {
    const branches = mapGet(node, 'Fn::If');
    if (!isSeq(branches) || branches.items.length !== 3) return undefined;
    const a = isPresent(branches.items[1], depth + 1);
    const b = isPresent(branches.items[2], depth + 1);
    return a === b ? a : undefined;
  }
  return true;
}

/** A DB instance that belongs to a cluster (Aurora, or a Multi-AZ DB cluster): true, false, or unknown. */
export function isClusterMember(instance: Resource): boolean | undefined {
  return isPresent(mapGet(instance.properties, 'DBClusterIdentifier'));
}

/** A read replica (of an instance or a cluster): true, false, or unknown. */
export function isReadReplica(instance: Resource): boolean | undefined {
  const ofInstance = isPresent(mapGet(instance.properties, 'SourceDBInstanceIdentifier'));
  const ofCluster = isPresent(mapGet(instance.properties, 'SourceDBClusterIdentifier'));
  if (ofInstance === true || ofCluster === true) return true;
  if (ofInstance === undefined || ofCluster === undefined) return undefined;
  return false;
}

/** A standalone, primary DB instance: not in a cluster and not a replica (false when unknown). */
export function isStandalonePrimary(instance: Resource): boolean {
  return isClusterMember(instance) === false && isReadReplica(instance) === false;
}

export interface RdsIndex {
  /** Cluster logical id → the DB instances that name it. */
  membersOf(clusterId: string): Resource[];
  /** DB instances whose cluster the template doesn't decide (conditions, parameters). */
  undecidedMembers: Resource[];
  /** The DB instance of this template that a value names: `Ref`, `GetAtt`, or its identifier. */
  instanceNamedBy(node: CfnNode | undefined): Resource | undefined;
}

const memo = new WeakMap<Template, RdsIndex>();

export function rdsIndex(template: Template): RdsIndex {
  const cached = memo.get(template);
  if (cached) return cached;
  const instances = template.resourcesOfType(DB_INSTANCE_TYPE);
  const clusterByName = new Map<string, string>();
  for (const cluster of template.resourcesOfType(DB_CLUSTER_TYPE)) {
    const name = resolveString(template, mapGet(cluster.properties, 'DBClusterIdentifier'));
    if (name) clusterByName.set(name.toLowerCase(), cluster.id);
  }
  const instanceByName = new Map<string, Resource>();
  for (const instance of instances) {
    const name = resolveString(template, mapGet(instance.properties, 'DBInstanceIdentifier'));
    if (name) instanceByName.set(name.toLowerCase(), instance);
  }
  const members = new Map<string, Resource[]>();
  const undecidedMembers: Resource[] = [];
  for (const instance of instances) {
    const node = mapGet(instance.properties, 'DBClusterIdentifier');
    const member = isClusterMember(instance);
    if (member === false) continue;
    const id = referencedId(node);
    const literal = resolveString(template, node);
    const cluster =
      id && template.resources.get(id)?.type === DB_CLUSTER_TYPE ? id : literal ? clusterByName.get(literal.toLowerCase()) : undefined;
    if (member === true && cluster) (members.get(cluster) ?? members.set(cluster, []).get(cluster)!).push(instance);
    else undecidedMembers.push(instance);
  }
  const index: RdsIndex = {
    membersOf: (clusterId) => members.get(clusterId) ?? [],
    undecidedMembers,
    instanceNamedBy(node) {
      const id = referencedId(node);
      if (id) {
        const resource = template.resources.get(id);
        return resource?.type === DB_INSTANCE_TYPE ? resource : undefined;
      }
      const literal = resolveString(template, node) ?? scalarString(node);
      // An ARN names the instance after its last colon.
      return literal ? instanceByName.get(literal.slice(literal.lastIndexOf(':') + 1).toLowerCase()) : undefined;
    },
  };
  memo.set(template, index);
  return index;
}

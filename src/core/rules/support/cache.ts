/** In-memory caches in front of databases: ElastiCache and DAX. */
import { mapGet } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveString } from '../../model/values';
import { mentionedResources } from './eventSources';

/** Engines with replication and automatic failover (Memcached has neither). */
export const REPLICATING_ENGINES: ReadonlySet<string> = new Set(['redis', 'valkey']);

/**
 * The cache engine in lower case, or undefined when the template doesn't decide it.
 * `AWS::ElastiCache::ReplicationGroup` defaults to Redis; a cache cluster must name one.
 */
export function cacheEngine(template: Template, resource: Resource): string | undefined {
  const engine = mapGet(resource.properties, 'Engine');
  if (engine === undefined) return resource.type === 'AWS::ElastiCache::ReplicationGroup' ? 'redis' : undefined;
  return resolveString(template, engine)?.toLowerCase();
}

/** Cache clusters that a replication group adopts as its primary (`PrimaryClusterId`). */
export function replicationGroupMembers(template: Template): Set<string> {
  const out = new Set<string>();
  for (const group of template.resourcesOfType('AWS::ElastiCache::ReplicationGroup')) {
    for (const id of mentionedResources(template, mapGet(group.properties, 'PrimaryClusterId'))) out.add(id);
  }
  return out;
}

export function daxClusters(template: Template): Resource[] {
  return template.resourcesOfType('AWS::DAX::Cluster');
}

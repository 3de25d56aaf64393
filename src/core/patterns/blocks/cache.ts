import type { TemplateBuilder } from '../builder';
import { note, ref, sub } from '../values';
import { securityGroup } from './network';

export type CacheEngine = 'valkey' | 'redis';

const ENGINE_VERSION: Record<CacheEngine, string> = { valkey: '8.0', redis: '7.1' };
export const CACHE_PORT = 6379;

/**
 * A Valkey/Redis replication group with a primary and a replica in different AZs:
 * Multi-AZ with automatic failover promotes the replica if the primary fails.
 */
export function replicationGroup(t: TemplateBuilder, spec: { vpc: string; subnets: string[]; clientSecurityGroup: string; engine: CacheEngine }): string {
  securityGroup(
    t,
    'CacheSecurityGroup',
    ref(spec.vpc),
    'Cache: connections from the app tier only',
    [{ port: CACHE_PORT, from: { securityGroup: spec.clientSecurityGroup }, description: `${spec.engine} from the app tier` }],
    'Only the app tier reaches the cache.',
  );
  t.resource(
    'CacheSubnetGroup',
    'AWS::ElastiCache::SubnetGroup',
    { Description: 'Private data subnets in every AZ', SubnetIds: spec.subnets.map((s) => ref(s)) },
    'Subnets in two AZs, so primary and replica can live apart.',
  );
  t.parameter('CacheNodeType', {
    Type: 'String',
    Description: 'Node type of the primary and the replica',
    Default: 'cache.t4g.small',
    AllowedValues: ['cache.t4g.small', 'cache.t4g.medium', 'cache.m7g.large', 'cache.r7g.large'],
  });
  return t.resource(
    'CacheReplicationGroup',
    'AWS::ElastiCache::ReplicationGroup',
    {
      ReplicationGroupDescription: sub(`\${AWS::StackName} ${spec.engine} cache`),
      Engine: spec.engine,
      EngineVersion: ENGINE_VERSION[spec.engine],
      CacheNodeType: ref('CacheNodeType'),
      NumCacheClusters: note('A primary and a replica: with one node there is nothing to fail over to.', 2),
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: note('The replica sits in another AZ and is promoted automatically.', true),
      CacheSubnetGroupName: ref('CacheSubnetGroup'),
      SecurityGroupIds: [ref('CacheSecurityGroup')],
      Port: CACHE_PORT,
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
      SnapshotRetentionLimit: 1,
    },
    'The cache: in-memory reads in microseconds, without a single point of failure.',
  );
}

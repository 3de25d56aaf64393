import { isSeq, mapGet } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveBoolean, resolveNumber } from '../../model/values';
import { setPropertyValue } from '../../edit/setProperty';
import { combineInsertions } from '../../edit/combine';
import { cacheEngine, replicationGroupMembers, REPLICATING_ENGINES } from '../support/cache';
import { hasOpaqueProperties } from '../support/eventSources';
import { missingPropertyPath } from '../support/lambda';
import type { Rule } from '../types';

export const elasticacheWithoutFailover: Rule = {
  meta: {
    id: 'AL312',
    name: 'elasticache-without-failover',
    category: 'database',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
    description: {
      en: 'Redis/Valkey cache without a replica and automatic failover',
      ko: '복제본과 자동 장애 조치가 없는 Redis/Valkey 캐시',
    },
    messages: {
      failoverOff: {
        en: "Replication group '{group}' has AutomaticFailoverEnabled {value}; when the primary node fails the cache stays down until the node is replaced.",
        ko: "복제 그룹 '{group}'의 AutomaticFailoverEnabled가 {value}입니다. 기본 노드가 장애를 일으키면 노드가 교체될 때까지 캐시가 멈춥니다.",
      },
      failoverMissing: {
        en: "Replication group '{group}' doesn't set AutomaticFailoverEnabled (default false); when the primary node fails the cache stays down until the node is replaced.",
        ko: "복제 그룹 '{group}'에 AutomaticFailoverEnabled가 없습니다(기본값 false). 기본 노드가 장애를 일으키면 노드가 교체될 때까지 캐시가 멈춥니다.",
      },
      singleNode: {
        en: "Replication group '{group}' runs {nodes} node (NumCacheClusters); without a replica there is nothing to fail over to.",
        ko: "복제 그룹 '{group}'은 노드 {nodes}개(NumCacheClusters)로 실행됩니다. 복제본이 없으면 장애 조치할 대상이 없습니다.",
      },
      standaloneCluster: {
        en: "Cache cluster '{cluster}' runs {engine} as a single node on its own; it is a single point of failure with no replica and no failover.",
        ko: "캐시 클러스터 '{cluster}'는 {engine}을 단일 노드로 단독 실행합니다. 복제본도 장애 조치도 없는 단일 장애 지점입니다.",
      },
    },
    lesson: {
      why: {
        en: 'A cache node is a server in one Availability Zone. If it is the only node, or its replicas cannot take over, losing it takes the cache down and sends the full read load to the database.',
        ko: '캐시 노드는 하나의 가용 영역에 있는 서버입니다. 노드가 하나뿐이거나 복제본이 역할을 넘겨받을 수 없다면, 그 노드를 잃는 순간 캐시가 멈추고 모든 읽기 부하가 데이터베이스로 쏟아집니다.',
      },
      scenario: {
        en: 'The database notes on ElastiCache: an in-memory store with sub-millisecond reads for caching, session data and frequent reads, and for Redis, clustering with Multi-AZ and read replicas through sharding.',
        ko: '데이터베이스 노트의 ElastiCache 정리: 캐싱, 세션 데이터, 빈번한 읽기를 위한 1ms 미만의 인메모리 저장소이며, Redis는 클러스터링과 함께 Multi-AZ와 샤딩을 통한 읽기 전용 복제본을 제공합니다.',
      },
      answer: {
        en: 'Use an AWS::ElastiCache::ReplicationGroup with at least one replica in another AZ (NumCacheClusters ≥ 2), AutomaticFailoverEnabled: true and MultiAZEnabled: true.',
        ko: '다른 AZ에 복제본을 하나 이상 둔(NumCacheClusters ≥ 2) AWS::ElastiCache::ReplicationGroup을 쓰고, AutomaticFailoverEnabled: true와 MultiAZEnabled: true를 설정하세요.',
      },
    },
    seeds: ['003'],
    fixes: {
      enableFailover: { en: 'Enable automatic failover and Multi-AZ with a replica', ko: '복제본과 함께 자동 장애 조치와 Multi-AZ 켜기' },
      addReplica: { en: 'Set NumCacheClusters to 2', ko: 'NumCacheClusters를 2로 설정' },
    },
  },
  check({ template, report }) {
    for (const group of template.resourcesOfType('AWS::ElastiCache::ReplicationGroup')) {
      const engine = cacheEngine(template, group);
      if (!engine || !REPLICATING_ENGINES.has(engine) || hasOpaqueProperties(group)) continue;
      const props = group.properties;
      const failoverNode = mapGet(props, 'AutomaticFailoverEnabled');
      const failover = failoverNode === undefined ? false : resolveBoolean(template, failoverNode);
      const nodes = singleNodeCount(template, group);
      if (failover === false) {
        report({
          messageId: failoverNode ? 'failoverOff' : 'failoverMissing',
          path: failoverNode ? (template.pathOf(failoverNode) ?? missingPropertyPath(group)) : missingPropertyPath(group),
          resourceId: group.id,
          data: { group: group.id, value: 'false' },
          fixes: enableFailover(template, group, nodes !== undefined),
        });
      } else if (failover === true && nodes !== undefined) {
        const countNode = mapGet(props, 'NumCacheClusters');
        report({
          messageId: 'singleNode',
          path: countNode ? (template.pathOf(countNode) ?? missingPropertyPath(group)) : missingPropertyPath(group),
          resourceId: group.id,
          data: { group: group.id, nodes },
          fixes: setPropertyValue(template, group, ['NumCacheClusters'], 2, 'addReplica'),
        });
      }
    }

    const members = replicationGroupMembers(template);
    for (const cluster of template.resourcesOfType('AWS::ElastiCache::CacheCluster')) {
      const engine = cacheEngine(template, cluster);
      // A cluster adopted as a replication group's primary is not on its own.
      if (!engine || !REPLICATING_ENGINES.has(engine) || members.has(cluster.id)) continue;
      const engineNode = mapGet(cluster.properties, 'Engine')!;
      report({
        messageId: 'standaloneCluster',
        path: template.pathOf(engineNode) ?? missingPropertyPath(cluster),
        resourceId: cluster.id,
        data: { cluster: cluster.id, engine: engine === 'valkey' ? 'Valkey' : 'Redis' },
      });
    }
  },
};

/**
 * The node count of a group that has no replica, or undefined when it has one (or the
 * template doesn't say). Cluster mode (several shards) counts replicas per shard instead.
 */
function singleNodeCount(template: Template, group: Resource): number | undefined {
  const props = group.properties;
  const shards = resolveNumber(template, mapGet(props, 'NumNodeGroups'));
  const shardConfig = mapGet(props, 'NodeGroupConfiguration');
  if ((shards !== undefined && shards > 1) || (isSeq(shardConfig) && shardConfig.items.length > 1)) return undefined;
  const countNode = mapGet(props, 'NumCacheClusters');
  if (countNode !== undefined) {
    const count = resolveNumber(template, countNode);
    return count !== undefined && count < 2 ? count : undefined;
  }
  // Omitted, and no replica set some other way: ElastiCache creates one node.
  const replicasOtherwise = ['ReplicasPerNodeGroup', 'NodeGroupConfiguration', 'NumNodeGroups'].some((key) => mapGet(props, key) !== undefined);
  return replicasOtherwise ? undefined : 1;
}

function enableFailover(template: Template, group: Resource, needsReplica: boolean) {
  const props = group.properties;
  const edits = [
    ...setPropertyValue(template, group, ['AutomaticFailoverEnabled'], true, 'enableFailover'),
    ...(resolveBoolean(template, mapGet(props, 'MultiAZEnabled')) === true ? [] : setPropertyValue(template, group, ['MultiAZEnabled'], true, 'enableFailover')),
    ...(needsReplica ? setPropertyValue(template, group, ['NumCacheClusters'], 2, 'enableFailover') : []),
  ].flatMap((fix) => fix.edits);
  return [{ fixId: 'enableFailover', edits: combineInsertions(edits) }];
}

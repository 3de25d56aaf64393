import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setScalarValue } from '../../edit/templateEdits';
import { daxClusters } from '../support/cache';
import type { Rule } from '../types';

const RECOMMENDED_NODES = 3;

export const daxSingleNode: Rule = {
  meta: {
    id: 'AL313',
    name: 'dax-single-node',
    category: 'database',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html',
    description: {
      en: 'DAX cluster with fewer than three nodes',
      ko: '노드가 3개 미만인 DAX 클러스터',
    },
    messages: {
      tooFewNodes: {
        en: "DAX cluster '{cluster}' has ReplicationFactor {nodes}; with fewer than {recommended} nodes, losing one node or AZ takes away the cache or its only replica.",
        ko: "DAX 클러스터 '{cluster}'의 ReplicationFactor가 {nodes}입니다. 노드가 {recommended}개보다 적으면 노드나 AZ 하나만 잃어도 캐시 또는 유일한 복제본이 사라집니다.",
      },
    },
    lesson: {
      why: {
        en: 'DAX is only as available as its nodes. One primary serves writes through to DynamoDB, and read replicas take over when it fails. With one node there is no failover; with two, one more failure leaves no replica.',
        ko: 'DAX의 가용성은 노드 수만큼입니다. 기본 노드 하나가 DynamoDB로 쓰기를 전달하고, 장애가 나면 읽기 복제본이 역할을 넘겨받습니다. 노드가 하나면 장애 조치가 없고, 둘이면 한 번 더 장애가 나면 복제본이 남지 않습니다.',
      },
      scenario: {
        en: 'The DynamoDB notes: DAX is a fully managed, highly available in-memory cache in front of DynamoDB, compatible with its API, for read-heavy workloads with microsecond latency.',
        ko: 'DynamoDB 노트: DAX는 DynamoDB 앞에 두는 완전 관리형 고가용성 인메모리 캐시로, DynamoDB API와 호환되며 읽기가 많은 워크로드에 마이크로초 단위 지연 시간을 제공합니다.',
      },
      answer: {
        en: 'Run production DAX clusters with at least three nodes (ReplicationFactor: 3), spread over three Availability Zones.',
        ko: '운영 DAX 클러스터는 노드를 3개 이상(ReplicationFactor: 3) 두고 세 가용 영역에 분산하세요.',
      },
    },
    seeds: ['003'],
    fixes: {
      setThree: { en: 'Set ReplicationFactor to 3', ko: 'ReplicationFactor를 3으로 설정' },
    },
  },
  check({ template, report }) {
    for (const cluster of daxClusters(template)) {
      const factorNode = mapGet(cluster.properties, 'ReplicationFactor');
      const nodes = resolveNumber(template, factorNode);
      if (!factorNode || nodes === undefined || nodes >= RECOMMENDED_NODES) continue;
      report({
        messageId: 'tooFewNodes',
        path: template.pathOf(factorNode) ?? ['Resources', cluster.id, 'Properties', 'ReplicationFactor'],
        resourceId: cluster.id,
        data: { cluster: cluster.id, nodes, recommended: RECOMMENDED_NODES },
        fixes: setScalarValue(template, factorNode, RECOMMENDED_NODES, 'setThree'),
      });
    }
  },
};

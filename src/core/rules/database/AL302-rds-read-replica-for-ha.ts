import { mapGet } from '../../parse/nodes';
import { isAbsent, resolveBoolean } from '../../model/values';
import { DB_INSTANCE_TYPE, isPresent, rdsIndex } from '../support/rds';
import type { Rule } from '../types';

export const rdsReadReplicaForHa: Rule = {
  meta: {
    id: 'AL302',
    name: 'rds-read-replica-for-ha',
    category: 'database',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html',
    description: {
      en: 'Read replica used where Multi-AZ is needed for availability',
      ko: '가용성을 위해 Multi-AZ가 필요한 곳에 읽기 전용 복제본을 사용함',
    },
    messages: {
      replicaWithoutMultiAz: {
        en: "'{resource}' is a read replica of '{primary}', which has no MultiAZ: true. A replica copies asynchronously and never takes over on its own, so '{primary}' is still a single point of failure.",
        ko: "'{resource}'은(는) '{primary}'의 읽기 전용 복제본인데, 그 기본 인스턴스에는 MultiAZ: true가 없습니다. 복제본은 비동기로 복사되고 스스로 역할을 넘겨받지 않으므로 '{primary}'는 여전히 단일 장애 지점입니다.",
      },
    },
    lesson: {
      why: {
        en: 'Read replicas use asynchronous replication: they can lag behind, guarantee no consistency, and have no automatic failover. They spread read load. High availability comes from Multi-AZ, whose standby is replicated synchronously and promoted automatically.',
        ko: '읽기 전용 복제본은 비동기 복제를 사용해 지연(lag)이 생길 수 있고 일관성을 보장하지 않으며 자동 장애 조치가 없습니다. 복제본은 읽기 부하를 분산하는 용도입니다. 고가용성은 동기 복제되고 자동으로 승격되는 Multi-AZ 대기 인스턴스에서 나옵니다.',
      },
      scenario: {
        en: 'The notes contrast the two after the single RDS instance took the shop down: Multi-AZ is designed for high availability and recovery, unlike a read replica, which is for spreading reads, replicates asynchronously and has no automatic failover.',
        ko: '단일 RDS 인스턴스 때문에 쇼핑몰이 멈춘 뒤, 노트는 둘을 비교합니다. Multi-AZ는 고가용성과 장애 복구용으로 설계되었고, 읽기 부하 분산용인 Read Replica는 비동기 복제를 사용하며 자동 failover 기능이 없습니다.',
      },
      answer: {
        en: 'Set MultiAZ: true on the primary for availability, and keep the read replica only to offload reads.',
        ko: '가용성을 위해 기본 인스턴스에 MultiAZ: true를 지정하고, 읽기 전용 복제본은 읽기 부하를 덜어 내는 용도로만 두세요.',
      },
    },
    seeds: ['002'],
  },
  check({ template, report }) {
    const index = rdsIndex(template);
    for (const replica of template.resourcesOfType(DB_INSTANCE_TYPE)) {
      const source = mapGet(replica.properties, 'SourceDBInstanceIdentifier');
      if (isPresent(source) !== true) continue;
      const primary = index.instanceNamedBy(source);
      if (!primary) continue;
      const multiAz = mapGet(primary.properties, 'MultiAZ');
      // Missing or false; a condition or unknown parameter decides nothing.
      if (!isAbsent(multiAz) && resolveBoolean(template, multiAz) !== false) continue;
      report({
        messageId: 'replicaWithoutMultiAz',
        path: template.pathOf(source!) ?? ['Resources', replica.id, 'Properties', 'SourceDBInstanceIdentifier'],
        resourceId: replica.id,
        data: { resource: replica.id, primary: primary.id },
      });
    }
  },
};

import { mapGet } from '../../parse/nodes';
import { isAbsent, resolveString } from '../../model/values';
import { DB_CLUSTER_TYPE, engineOf, isAuroraEngine, rdsIndex } from '../support/rds';
import type { Rule } from '../types';

export const auroraSingleInstance: Rule = {
  meta: {
    id: 'AL307',
    name: 'aurora-single-instance',
    category: 'database',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
    description: {
      en: 'Aurora cluster with fewer than two DB instances',
      ko: 'DB 인스턴스가 두 개 미만인 Aurora 클러스터',
    },
    messages: {
      tooFew: {
        en: "Aurora cluster '{resource}' has {count} DB instance(s) in this template: with no replica there is no failover target and the reader endpoint has nothing of its own to serve.",
        ko: "Aurora 클러스터 '{resource}'의 DB 인스턴스가 이 템플릿에 {count}개뿐입니다. 복제본이 없으면 장애 조치할 대상이 없고 리더 엔드포인트가 따로 쓸 인스턴스도 없습니다.",
      },
    },
    lesson: {
      why: {
        en: "Aurora keeps six copies of the data across three AZs, but compute is the DB instances you create. With a single writer, an instance or AZ failure means waiting for Aurora to create a new instance. An Aurora Replica in another AZ is promoted in about a minute and serves reads through the reader endpoint meanwhile.",
        ko: 'Aurora는 데이터를 세 AZ에 걸쳐 여섯 벌 저장하지만, 컴퓨팅은 직접 만든 DB 인스턴스뿐입니다. 라이터 하나만 있으면 인스턴스나 AZ 장애 때 Aurora가 새 인스턴스를 만들 때까지 기다려야 합니다. 다른 AZ의 Aurora 복제본은 1분 안팎에 승격되고, 평소에는 리더 엔드포인트로 읽기를 처리합니다.',
      },
      scenario: {
        en: 'The Aurora summary in the notes: storage is spread over 3 AZs for high availability, and because it is a DB cluster it has separate endpoints to decide where to read and write: a writer endpoint and a reader endpoint, with read replicas that can auto-scale.',
        ko: '노트의 Aurora 정리: 스토리지는 고가용성을 위해 3개 AZ에 나뉘어 저장되고, DB 클러스터로 구성되므로 어느 인스턴스에서 읽고 쓸지 정하는 별도 엔드포인트(writer endpoint, reader endpoint)가 있으며, 읽기 전용 복제본은 자동 확장할 수 있습니다.',
      },
      answer: {
        en: 'Add a second AWS::RDS::DBInstance with the same DBClusterIdentifier (in a different AZ: a DB subnet group over two or more AZs does this). Applications write to the cluster endpoint and read from the reader endpoint.',
        ko: '같은 DBClusterIdentifier를 가진 두 번째 AWS::RDS::DBInstance를 추가하세요(다른 AZ에 놓이도록 두 개 이상 AZ의 DB 서브넷 그룹을 씁니다). 애플리케이션은 클러스터 엔드포인트에 쓰고 리더 엔드포인트에서 읽습니다.',
      },
    },
    seeds: ['003'],
  },
  check({ template, report }) {
    const index = rdsIndex(template);
    for (const cluster of template.resourcesOfType(DB_CLUSTER_TYPE)) {
      if (!isAuroraEngine(engineOf(template, cluster))) continue;
      // Aurora Serverless v1 has no instances at all; an undecided mode decides nothing.
      const mode = mapGet(cluster.properties, 'EngineMode');
      const modeName = isAbsent(mode) ? 'provisioned' : resolveString(template, mode)?.toLowerCase();
      if (modeName === undefined || modeName === 'serverless') continue;
      const count = index.membersOf(cluster.id).length;
      // Instances whose cluster a condition or parameter decides may belong to this one.
      if (count + index.undecidedMembers.length >= 2) continue;
      report({
        messageId: 'tooFew',
        path: ['Resources', cluster.id],
        resourceId: cluster.id,
        data: { resource: cluster.id, count },
      });
    }
  },
};

import { mapGet } from '../../parse/nodes';
import { isAbsent, resolveBoolean } from '../../model/values';
import { setResourceProperty } from '../../edit/templateEdits';
import { setScalarFix } from '../../edit/compositeEdits';
import { missingPropertyPath } from '../support/lambda';
import { DB_INSTANCE_TYPE, engineOf, isAuroraEngine, isStandalonePrimary } from '../support/rds';
import type { Rule } from '../types';

/** SQL Server Express has no Multi-AZ option, so asking for it would break the deploy. */
const NO_MULTI_AZ_ENGINES = new Set(['sqlserver-ex']);

export const rdsSingleAz: Rule = {
  meta: {
    id: 'AL301',
    name: 'rds-single-az',
    category: 'database',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
    description: {
      en: 'RDS DB instance runs in a single Availability Zone',
      ko: 'RDS DB 인스턴스가 단일 가용 영역에서 실행됨',
    },
    messages: {
      missing: {
        en: "DB instance '{resource}' has no MultiAZ setting, so it runs in one AZ with no standby: it is a single point of failure.",
        ko: "DB 인스턴스 '{resource}'에 MultiAZ 설정이 없어 대기 인스턴스 없이 한 AZ에서만 실행됩니다. 단일 장애 지점입니다.",
      },
      disabled: {
        en: "DB instance '{resource}' has MultiAZ false, so it runs in one AZ with no standby: it is a single point of failure.",
        ko: "DB 인스턴스 '{resource}'의 MultiAZ가 false여서 대기 인스턴스 없이 한 AZ에서만 실행됩니다. 단일 장애 지점입니다.",
      },
    },
    lesson: {
      why: {
        en: 'Web and app servers scale out behind the load balancer, but a single DB instance is shared by all of them. When its AZ or host fails, the whole service goes down. Multi-AZ keeps a synchronously replicated standby in another AZ and fails over to it automatically, with no data loss.',
        ko: '웹·앱 서버는 로드 밸런서 뒤에서 늘어나지만, 단일 DB 인스턴스는 모두가 함께 씁니다. 그 AZ나 호스트에 장애가 나면 서비스 전체가 멈춥니다. Multi-AZ는 다른 AZ에 동기 복제되는 대기 인스턴스를 두고, 데이터 손실 없이 자동으로 장애 조치합니다.',
      },
      scenario: {
        en: 'The shopping mall moved to AWS, and as requests grew the whole system went down: the app and web tiers had scaled, but every request hit the one RDS instance, which failed and took the service with it. The notes make RDS redundant with Multi-AZ: the standby is promoted automatically and clients reconnect within minutes.',
        ko: '쇼핑몰을 AWS로 옮긴 뒤 요청이 늘자 시스템 전체가 다운되었습니다. 앱과 웹 계층은 늘어났지만 모든 요청이 하나의 RDS 인스턴스로 몰렸고, RDS가 다운되면서 서비스 전체가 멈췄습니다. 노트는 Multi-AZ로 RDS를 이중화합니다. 장애가 나면 대기 인스턴스가 자동으로 승격되고 클라이언트는 몇 분 안에 다시 연결됩니다.',
      },
      answer: {
        en: 'Set MultiAZ: true on the DB instance (with a DB subnet group that covers two or more AZs). It doubles the instance cost, and the standby serves no queries: for read scaling, add read replicas as well.',
        ko: 'DB 인스턴스에 MultiAZ: true를 지정하세요(두 개 이상의 AZ를 포함하는 DB 서브넷 그룹과 함께). 인스턴스 비용은 두 배가 되고 대기 인스턴스는 쿼리를 받지 않으므로, 읽기 확장이 필요하면 읽기 전용 복제본을 따로 두세요.',
      },
    },
    seeds: ['002', '003', '004'],
    fixes: {
      enableMultiAz: { en: 'Set MultiAZ to true', ko: 'MultiAZ를 true로 설정' },
    },
  },
  check({ template, report }) {
    for (const instance of template.resourcesOfType(DB_INSTANCE_TYPE)) {
      // Aurora instances get their availability from the cluster; replicas are covered by AL302.
      if (!isStandalonePrimary(instance)) continue;
      const engine = engineOf(template, instance);
      if (isAuroraEngine(engine) || (engine && NO_MULTI_AZ_ENGINES.has(engine))) continue;
      const node = mapGet(instance.properties, 'MultiAZ');
      if (isAbsent(node)) {
        report({
          messageId: 'missing',
          path: missingPropertyPath(instance),
          resourceId: instance.id,
          data: { resource: instance.id },
          fixes: setResourceProperty(template, instance, ['MultiAZ'], true, 'enableMultiAz'),
        });
      } else if (resolveBoolean(template, node) === false) {
        report({
          messageId: 'disabled',
          path: template.pathOf(node!) ?? ['Resources', instance.id, 'Properties', 'MultiAZ'],
          resourceId: instance.id,
          data: { resource: instance.id },
          fixes: setScalarFix(template, node, true, 'enableMultiAz'),
        });
      }
    }
  },
};

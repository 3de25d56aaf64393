import { intrinsicName, isMap } from '../../parse/nodes';
import { isAbsent, resolveBoolean } from '../../model/values';
import { setResourceProperty } from '../../edit/templateEdits';
import { setScalarFix } from '../../edit/compositeEdits';
import { missingPropertyPath } from '../support/lambda';
import { dynamoTables, pitrSetting } from '../support/dynamodb';
import type { Rule } from '../types';

export const dynamodbPitrDisabled: Rule = {
  meta: {
    id: 'AL308',
    name: 'dynamodb-pitr-disabled',
    category: 'database',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
    description: {
      en: 'DynamoDB table without point-in-time recovery',
      ko: '특정 시점 복구(PITR)가 꺼진 DynamoDB 테이블',
    },
    messages: {
      missing: {
        en: "Table '{resource}' does not enable point-in-time recovery: a bad write or delete can only be undone from an on-demand backup, and the table can't be exported to S3.",
        ko: "테이블 '{resource}'에 특정 시점 복구가 켜져 있지 않습니다. 잘못된 쓰기나 삭제는 온디맨드 백업으로만 되돌릴 수 있고, 테이블을 S3로 내보낼 수도 없습니다.",
      },
      disabled: {
        en: "Table '{resource}' sets PointInTimeRecoveryEnabled to false: a bad write or delete can only be undone from an on-demand backup, and the table can't be exported to S3.",
        ko: "테이블 '{resource}'의 PointInTimeRecoveryEnabled가 false입니다. 잘못된 쓰기나 삭제는 온디맨드 백업으로만 되돌릴 수 있고, 테이블을 S3로 내보낼 수도 없습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Point-in-time recovery backs the table up continuously, without touching its capacity or latency, and restores it to any second of the recovery window into a new table. Export to S3 (for Athena or audits) works from that window too and needs PITR turned on.',
        ko: '특정 시점 복구는 테이블의 용량이나 지연 시간에 영향 없이 지속적으로 백업하고, 복구 기간 안의 어느 초로든 새 테이블에 복원합니다. S3 내보내기(Athena 분석이나 감사용)도 이 기간에서 동작하며 PITR이 켜져 있어야 합니다.',
      },
      scenario: {
        en: 'The DynamoDB notes on disaster recovery: enable PITR for continuous backups kept for 35 days, restorable at any time within the window into a new table; exporting a table to S3 requires PITR, and uses no read capacity.',
        ko: 'DynamoDB 재해 복구 노트: PITR을 활성화하면 35일 동안 지속적으로 백업되고, 그 기간 안이라면 언제든 새 테이블로 복구할 수 있습니다. 테이블을 S3로 내보내려면 PITR 활성화가 필수이며, 읽기 용량을 쓰지 않습니다.',
      },
      answer: {
        en: 'Add PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } to the table, and keep on-demand backups (or AWS Backup) for anything older than the window.',
        ko: '테이블에 PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }를 추가하고, 그 기간보다 오래된 백업은 온디맨드 백업(또는 AWS Backup)으로 보관하세요.',
      },
      changed: {
        en: 'The notes give a fixed 35 days. Since 2025 the window is configurable from 1 to 35 days with RecoveryPeriodInDays (35 by default); the price does not depend on it.',
        ko: '노트는 35일로 고정되어 있다고 적습니다. 2025년부터는 RecoveryPeriodInDays로 기간을 1~35일 사이에서 정할 수 있고(기본 35일), 기간과 관계없이 요금은 같습니다.',
      },
    },
    seeds: ['003'],
    fixes: {
      enablePitr: { en: 'Enable point-in-time recovery', ko: '특정 시점 복구 켜기' },
    },
  },
  check({ template, report }) {
    for (const table of dynamoTables(template)) {
      const { specification, enabled } = pitrSetting(table);
      // A specification computed by a condition decides nothing.
      if (!isAbsent(specification) && (!isMap(specification) || intrinsicName(specification))) continue;
      if (!isAbsent(enabled)) {
        if (resolveBoolean(template, enabled) !== false) continue;
        report({
          messageId: 'disabled',
          path: template.pathOf(enabled!) ?? ['Resources', table.id, 'Properties', 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'],
          resourceId: table.id,
          data: { resource: table.id },
          fixes: setScalarFix(template, enabled, true, 'enablePitr'),
        });
        continue;
      }
      const path = !isAbsent(specification) ? template.pathOf(specification!) ?? missingPropertyPath(table) : missingPropertyPath(table);
      report({
        messageId: 'missing',
        path,
        resourceId: table.id,
        data: { resource: table.id },
        fixes: setResourceProperty(template, table, ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'], true, 'enablePitr'),
      });
    }
  },
};

import { mapGet } from '../../parse/nodes';
import { resolveNumber } from '../../model/values';
import { setScalarFix } from '../../edit/compositeEdits';
import { DB_CLUSTER_TYPE, DB_INSTANCE_TYPE, isClusterMember, isReadReplica } from '../support/rds';
import type { Rule } from '../types';

const MAX_DAYS = 35;
const DEFAULT_DAYS = 7;

export const rdsBackupRetention: Rule = {
  meta: {
    id: 'AL303',
    name: 'rds-backup-retention',
    category: 'database',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    description: {
      en: 'RDS automated backup retention above 35 days, or backups turned off',
      ko: 'RDS 자동 백업 보존 기간이 35일을 넘거나 백업이 꺼져 있음',
    },
    messages: {
      tooLong: {
        en: "'{resource}' sets BackupRetentionPeriod to {days} days; RDS keeps automated backups for at most {max} days.",
        ko: "'{resource}'의 BackupRetentionPeriod가 {days}일입니다. RDS 자동 백업은 최대 {max}일까지만 보존됩니다.",
      },
      disabled: {
        en: "'{resource}' sets BackupRetentionPeriod to 0, which turns automated backups and point-in-time restore off.",
        ko: "'{resource}'의 BackupRetentionPeriod가 0이어서 자동 백업과 특정 시점 복원이 꺼집니다.",
      },
    },
    lesson: {
      why: {
        en: 'Automated backups (daily snapshots plus transaction logs) let you restore to any point in the retention window, which is 1 to 35 days. A larger value is rejected by RDS; 0 turns backups off, so a bad deploy or a deleted table cannot be undone.',
        ko: '자동 백업(일일 스냅샷과 트랜잭션 로그)이 있으면 보존 기간 안의 어느 시점으로든 복원할 수 있고, 그 기간은 1~35일입니다. 더 큰 값은 RDS가 거부하고, 0은 백업을 꺼서 잘못된 배포나 삭제된 테이블을 되돌릴 수 없게 됩니다.',
      },
      scenario: {
        en: 'The RDS summary in the notes: automated backups can be kept for up to 35 days and restored to a new DB within that window; when backups must be kept longer, take DB snapshots.',
        ko: '노트의 RDS 정리: 자동 백업은 최대 35일까지 보관할 수 있고 그 기간 안에서 새 DB로 복구할 수 있습니다. 더 오래 보존해야 하는 백업은 DB 스냅샷을 이용합니다.',
      },
      answer: {
        en: 'Keep BackupRetentionPeriod between 1 and 35 days (7 is a common choice). For longer retention, take manual snapshots or use AWS Backup plans with their own lifecycle.',
        ko: 'BackupRetentionPeriod는 1~35일로 두세요(흔히 7일). 더 오래 보관하려면 수동 스냅샷을 만들거나 자체 수명 주기가 있는 AWS Backup 계획을 쓰세요.',
      },
    },
    seeds: ['003'],
    fixes: {
      clamp: { en: 'Set BackupRetentionPeriod to 35 days', ko: 'BackupRetentionPeriod를 35일로 설정' },
      enable: { en: 'Set BackupRetentionPeriod to 7 days', ko: 'BackupRetentionPeriod를 7일로 설정' },
    },
  },
  check({ template, report }) {
    const candidates = [...template.resourcesOfType(DB_INSTANCE_TYPE), ...template.resourcesOfType(DB_CLUSTER_TYPE)];
    for (const resource of candidates) {
      const isInstance = resource.type === DB_INSTANCE_TYPE;
      // An Aurora (or Multi-AZ cluster) member takes its backups from the cluster.
      if (isInstance && isClusterMember(resource) !== false) continue;
      const node = mapGet(resource.properties, 'BackupRetentionPeriod');
      const days = resolveNumber(template, node);
      if (node === undefined || days === undefined) continue;
      const path = template.pathOf(node) ?? ['Resources', resource.id, 'Properties', 'BackupRetentionPeriod'];
      if (days > MAX_DAYS) {
        report({
          messageId: 'tooLong',
          severity: 'error',
          path,
          resourceId: resource.id,
          data: { resource: resource.id, days, max: MAX_DAYS },
          fixes: setScalarFix(template, node, MAX_DAYS, 'clamp'),
        });
      } else if (days === 0 && !(isInstance && isReadReplica(resource) !== false)) {
        // Read replicas commonly run without backups of their own; the primary keeps them.
        report({
          messageId: 'disabled',
          severity: 'warning',
          path,
          resourceId: resource.id,
          data: { resource: resource.id },
          fixes: setScalarFix(template, node, DEFAULT_DAYS, 'enable'),
        });
      }
    }
  },
};

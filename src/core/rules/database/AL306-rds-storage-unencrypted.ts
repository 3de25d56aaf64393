import { mapGet } from '../../parse/nodes';
import { isAbsent, resolveBoolean, resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { setResourceProperty } from '../../edit/templateEdits';
import { setScalarFix } from '../../edit/compositeEdits';
import { missingPropertyPath } from '../support/lambda';
import { DB_CLUSTER_TYPE, DB_INSTANCE_TYPE, engineOf, isAuroraEngine, isPresent, isStandalonePrimary } from '../support/rds';
import type { Rule } from '../types';

/**
 * Resources whose encryption this template decides: standalone DB instances and Aurora
 * clusters created from scratch. Cluster members, replicas and restores inherit it from
 * their cluster, source or snapshot; Aurora Serverless v1 is always encrypted.
 */
function decidesEncryption(template: Template, resource: Resource): boolean {
  const props = resource.properties;
  const inherits = ['SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier', 'DBSnapshotIdentifier', 'SnapshotIdentifier', 'DBClusterSnapshotIdentifier'];
  if (inherits.some((key) => isPresent(mapGet(props, key)) !== false)) return false;
  if (resource.type === DB_INSTANCE_TYPE) return isStandalonePrimary(resource) && !isAuroraEngine(engineOf(template, resource));
  const engine = engineOf(template, resource);
  const mode = mapGet(props, 'EngineMode');
  return isAuroraEngine(engine) && (isAbsent(mode) || (resolveString(template, mode)?.toLowerCase() ?? 'serverless') !== 'serverless');
}

export const rdsStorageUnencrypted: Rule = {
  meta: {
    id: 'AL306',
    name: 'rds-storage-unencrypted',
    category: 'database',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    description: {
      en: 'RDS storage not encrypted at rest',
      ko: 'RDS 스토리지가 저장 시 암호화되지 않음',
    },
    messages: {
      missing: {
        en: "'{resource}' has no StorageEncrypted setting, so its storage, backups and snapshots are not encrypted at rest.",
        ko: "'{resource}'에 StorageEncrypted 설정이 없어 스토리지, 백업, 스냅샷이 저장 시 암호화되지 않습니다.",
      },
      disabled: {
        en: "'{resource}' has StorageEncrypted false, so its storage, backups and snapshots are not encrypted at rest.",
        ko: "'{resource}'의 StorageEncrypted가 false여서 스토리지, 백업, 스냅샷이 저장 시 암호화되지 않습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Encryption at rest with KMS covers the DB storage, its automated backups, snapshots and replicas, at no noticeable performance cost. It can only be chosen when the database is created: turning it on later means restoring from an encrypted copy of a snapshot.',
        ko: 'KMS를 이용한 저장 시 암호화는 DB 스토리지와 자동 백업, 스냅샷, 복제본을 모두 보호하며 성능 부담도 거의 없습니다. 암호화는 데이터베이스를 만들 때만 고를 수 있습니다. 나중에 켜려면 스냅샷을 암호화된 사본으로 복사해 복원해야 합니다.',
      },
      scenario: {
        en: 'The RDS summary in the notes lists the security layers: IAM for users, security groups for the network, KMS for data at rest and SSL for data in transit.',
        ko: '노트의 RDS 정리는 보안 계층을 나열합니다. 사용자는 IAM, 네트워크는 보안 그룹, 저장 데이터는 KMS, 전송 데이터는 SSL로 보호합니다.',
      },
      answer: {
        en: 'Set StorageEncrypted: true (optionally with KmsKeyId for a customer managed key) when you create the instance or Aurora cluster.',
        ko: '인스턴스나 Aurora 클러스터를 만들 때 StorageEncrypted: true를 지정하세요(고객 관리형 키를 쓰려면 KmsKeyId도 함께).',
      },
    },
    seeds: ['003'],
    fixes: {
      encrypt: { en: 'Set StorageEncrypted to true', ko: 'StorageEncrypted를 true로 설정' },
    },
  },
  check({ template, report }) {
    for (const resource of [...template.resourcesOfType(DB_INSTANCE_TYPE), ...template.resourcesOfType(DB_CLUSTER_TYPE)]) {
      if (!decidesEncryption(template, resource)) continue;
      const node = mapGet(resource.properties, 'StorageEncrypted');
      if (isAbsent(node)) {
        // A KMS key without the flag: the intent is clear and the deploy tells the rest.
        if (mapGet(resource.properties, 'KmsKeyId') !== undefined) continue;
        report({
          messageId: 'missing',
          path: missingPropertyPath(resource),
          resourceId: resource.id,
          data: { resource: resource.id },
          fixes: setResourceProperty(template, resource, ['StorageEncrypted'], true, 'encrypt'),
        });
      } else if (resolveBoolean(template, node) === false) {
        report({
          messageId: 'disabled',
          path: template.pathOf(node!) ?? ['Resources', resource.id, 'Properties', 'StorageEncrypted'],
          resourceId: resource.id,
          data: { resource: resource.id },
          fixes: setScalarFix(template, node, true, 'encrypt'),
        });
      }
    }
  },
};

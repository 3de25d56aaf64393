import { intrinsicName, isMap, mapGet, scalarString, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Template } from '../../model/template';
import { compositeFix, replaceEntry } from '../../edit/compositeEdits';
import type { Rule } from '../types';

/** The password property of each resource type that takes one. */
const PASSWORD_PROPERTIES: ReadonlyArray<readonly [string, string]> = [
  ['AWS::RDS::DBInstance', 'MasterUserPassword'],
  ['AWS::RDS::DBCluster', 'MasterUserPassword'],
  ['AWS::DocDB::DBCluster', 'MasterUserPassword'],
  ['AWS::DocDBElastic::Cluster', 'AdminUserPassword'],
  ['AWS::Neptune::DBCluster', 'MasterUserPassword'],
  ['AWS::Redshift::Cluster', 'MasterUserPassword'],
  ['AWS::RedshiftServerless::Namespace', 'AdminUserPassword'],
  ['AWS::ElastiCache::ReplicationGroup', 'AuthToken'],
];

/** Types where RDS can generate and rotate the password in Secrets Manager itself. */
const MANAGED_PASSWORD_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);

const SECURE_REFERENCE = /\{\{resolve:(secretsmanager|ssm-secure):/;
const PLAIN_SSM_REFERENCE = /\{\{resolve:ssm:/;

type Finding = { messageId: 'literal' | 'parameterDefault' | 'plainSsm'; parameter?: string };

function classify(text: string, fromParameter?: string): Finding | undefined {
  if (SECURE_REFERENCE.test(text)) return undefined;
  if (PLAIN_SSM_REFERENCE.test(text)) return { messageId: 'plainSsm' };
  return fromParameter ? { messageId: 'parameterDefault', parameter: fromParameter } : { messageId: 'literal' };
}

/**
 * A password the template itself spells out. A `Ref` to a NoEcho parameter, a parameter
 * without a default, an SSM parameter type and any computed value are not.
 */
function plaintextPassword(template: Template, node: CfnNode): Finding | undefined {
  if (intrinsicName(node) === 'Ref') {
    const name = scalarString(mapGet(node, 'Ref')) ?? '';
    const parameter = template.parameters.get(name);
    if (!parameter || parameter.noEcho || parameter.type?.startsWith('AWS::SSM::Parameter')) return undefined;
    const value = resolveString(template, parameter.default);
    return value === undefined ? undefined : classify(value, name);
  }
  const value = resolveString(template, node);
  return value === undefined ? undefined : classify(value);
}

export const databasePlaintextPassword: Rule = {
  meta: {
    id: 'AL305',
    name: 'database-plaintext-password',
    category: 'database',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html',
    description: {
      en: 'Database password written in plain text in the template',
      ko: '데이터베이스 암호가 템플릿에 평문으로 적혀 있음',
    },
    messages: {
      literal: {
        en: "'{resource}' sets {property} to a literal string: anyone who can read the template, its repository or the stack in the console can read the password.",
        ko: "'{resource}'의 {property}이(가) 평문 문자열입니다. 템플릿, 저장소, 콘솔의 스택을 볼 수 있는 사람은 누구나 암호를 읽을 수 있습니다.",
      },
      parameterDefault: {
        en: "'{resource}' takes {property} from parameter '{parameter}', which is not NoEcho and has a literal Default: the password is in the template and shows in the console.",
        ko: "'{resource}'의 {property}은(는) 파라미터 '{parameter}'에서 오는데, 이 파라미터는 NoEcho가 아니고 Default가 평문입니다. 암호가 템플릿에 들어 있고 콘솔에도 보입니다.",
      },
      plainSsm: {
        en: "'{resource}' reads {property} from a plain String SSM parameter, which is stored unencrypted; use an ssm-secure or secretsmanager dynamic reference.",
        ko: "'{resource}'의 {property}은(는) 암호화되지 않은 일반 String SSM 파라미터에서 읽습니다. ssm-secure나 secretsmanager 동적 참조를 쓰세요.",
      },
    },
    lesson: {
      why: {
        en: 'A password in a template travels into source control, CI logs and the CloudFormation console, and it never rotates. Secrets Manager keeps it encrypted, controls who can read it, and can rotate it; RDS can even create and rotate the master password itself.',
        ko: '템플릿 속 암호는 소스 관리, CI 로그, CloudFormation 콘솔로 퍼져 나가고 한 번도 교체되지 않습니다. Secrets Manager는 암호를 암호화해 보관하고 읽을 수 있는 사람을 통제하며 교체도 해 줍니다. RDS는 마스터 암호를 직접 만들고 교체할 수도 있습니다.',
      },
      scenario: {
        en: "The notes say: don't manage .env files per server; keep sensitive values such as database credentials in Secrets Manager, which encrypts them, and simple values such as endpoints in Parameter Store. RDS integrates with Secrets Manager to manage DB credentials.",
        ko: '노트는 말합니다. .env 파일을 서버마다 따로 관리하지 말고, DB 정보 같은 민감한 값은 암호화를 지원하는 Secrets Manager에, 엔드포인트 같은 간단한 값은 Parameter Store에 두라고 합니다. RDS는 Secrets Manager와 통합되어 DB 자격 증명을 관리합니다.',
      },
      answer: {
        en: 'Use ManageMasterUserPassword: true (RDS creates and rotates the secret), or a {{resolve:secretsmanager:…}} dynamic reference to a generated AWS::SecretsManager::Secret. At the very least, use a NoEcho parameter with no default.',
        ko: 'ManageMasterUserPassword: true(RDS가 시크릿을 만들고 교체)를 쓰거나, 생성한 AWS::SecretsManager::Secret을 가리키는 {{resolve:secretsmanager:…}} 동적 참조를 쓰세요. 최소한 Default 없는 NoEcho 파라미터라도 쓰세요.',
      },
    },
    seeds: ['003', '004'],
    cfnLintOverlap: ['W2501'],
    fixes: {
      manageMasterUserPassword: {
        en: 'Let RDS manage the password in Secrets Manager (ManageMasterUserPassword: true)',
        ko: 'RDS가 Secrets Manager에서 암호를 관리하게 하기(ManageMasterUserPassword: true)',
      },
    },
  },
  check({ template, report }) {
    for (const [type, property] of PASSWORD_PROPERTIES) {
      for (const resource of template.resourcesOfType(type)) {
        const node = mapGet(resource.properties, property);
        if (node === undefined) continue;
        const found = plaintextPassword(template, node);
        if (!found) continue;
        const properties = resource.properties;
        const canManage = MANAGED_PASSWORD_TYPES.has(type) && isMap(properties) && mapGet(properties, 'ManageMasterUserPassword') === undefined;
        report({
          messageId: found.messageId,
          path: template.pathOf(node) ?? ['Resources', resource.id, 'Properties', property],
          resourceId: resource.id,
          data: { resource: resource.id, property, ...(found.parameter ? { parameter: found.parameter } : {}) },
          fixes: canManage ? compositeFix('manageMasterUserPassword', [replaceEntry(template, properties!, property, 'ManageMasterUserPassword', true)]) : [],
        });
      }
    }
  },
};

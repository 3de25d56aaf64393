import { intrinsicName, isMap, isSeq, mapGet, scalarString, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { resolveString, resolveValue } from '../../model/values';
import type { Template } from '../../model/template';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import type { Rule } from '../types';

/** Name parts that say the variable holds a secret. */
const SECRET_WORDS = /(^|_)(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)(_|$)/;
/** A last name part that says it holds where the secret is, or a setting about it, not the secret. */
const POINTER_SUFFIX =
  /_(ARN|NAME|ID|IDS|PARAM|PARAMETER|PATH|TABLE|BUCKET|QUEUE|TOPIC|URL|URI|ENDPOINT|HOST|PORT|REGION|TTL|EXPIRY|EXPIRES|EXPIRATION|LENGTH|MIN|MAX|COUNT|HEADER|FILE|LOCATION|ROTATION|ENABLED|DISABLED|POLICY|MODE|TYPE|FORMAT|VERSION|PREFIX|SUFFIX)$/;
/** Switches and placeholders, not secrets. */
const NOT_A_SECRET_VALUE = /^(true|false|yes|no|on|off|none|null|enabled|disabled)$/i;

export const secretInEnvironment: Rule = {
  meta: {
    id: 'AL605',
    name: 'secret-in-environment',
    category: 'security',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    description: {
      en: 'Secret written as a literal environment variable',
      ko: '비밀 값이 환경 변수에 그대로 적혀 있음',
    },
    messages: {
      lambdaSecret: {
        en: "Environment variable {name} of function '{resource}' holds a literal value: the secret sits in the template, in source control and in the Lambda console.",
        ko: "함수 '{resource}'의 환경 변수 {name}에 값이 그대로 적혀 있습니다. 비밀이 템플릿, 소스 저장소, Lambda 콘솔에 그대로 남습니다.",
      },
      containerSecret: {
        en: "Environment variable {name} of container '{container}' in task definition '{resource}' holds a literal value: the secret sits in the template and in the task definition for anyone to read.",
        ko: "작업 정의 '{resource}'의 컨테이너 '{container}' 환경 변수 {name}에 값이 그대로 적혀 있습니다. 비밀이 템플릿과 작업 정의에 남아 누구나 읽을 수 있습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Environment variables are configuration, not a vault: their values are stored in plain text in the template, the stack, the function or task definition, and show up to anyone who can read those. A secret there cannot be rotated without a redeploy.',
        ko: '환경 변수는 설정이지 금고가 아닙니다. 값이 템플릿, 스택, 함수·작업 정의에 평문으로 저장되어 이를 읽을 수 있는 누구에게나 보입니다. 거기 둔 비밀은 재배포 없이 교체할 수도 없습니다.',
      },
      scenario: {
        en: 'The notes on Secrets Manager and Parameter Store: rather than keeping a separate .env file on every server, keep sensitive values such as DB credentials and API keys in one place, encrypted in Secrets Manager, and simple values such as endpoints in Parameter Store.',
        ko: '노트의 Secret Manager / Parameter Store: .env 파일을 서버마다 따로 관리하기보다 한 곳에서 관리하고, DB 정보 같은 민감한 정보는 암호화를 지원하는 Secret Manager에, Endpoint 같은 간단한 정보는 Parameter Store에 저장합니다.',
      },
      answer: {
        en: 'Store the secret in Secrets Manager (encrypted, rotated) or as an SSM SecureString. Pass the secret\'s ARN or name and read it at runtime, use ECS `Secrets` with `ValueFrom`, or a `{{resolve:secretsmanager:…}}` dynamic reference.',
        ko: '비밀은 Secrets Manager(암호화, 교체 지원)나 SSM SecureString에 저장하세요. 비밀의 ARN이나 이름을 넘겨 런타임에 읽거나, ECS `Secrets`의 `ValueFrom`, 또는 `{{resolve:secretsmanager:…}}` 동적 참조를 쓰세요.',
      },
    },
    seeds: ['004'],
  },
  check({ template, report }) {
    for (const fn of lambdaFunctions(template)) {
      const variables = effectiveProperty(template, fn, 'Environment', 'Variables');
      if (!variables || !isMap(variables.node) || intrinsicName(variables.node)) continue;
      for (const entry of variables.node.entries) {
        if (!looksSecret(entry.key) || !isLiteralSecret(template, entry.value)) continue;
        report({
          messageId: 'lambdaSecret',
          path: template.pathOf(entry.value) ?? [...variables.path, entry.key],
          resourceId: fn.id,
          data: { resource: fn.id, name: entry.key },
        });
      }
    }
    for (const task of template.resourcesOfType('AWS::ECS::TaskDefinition')) {
      const containers = mapGet(task.properties, 'ContainerDefinitions');
      if (!isSeq(containers)) continue;
      containers.items.forEach((container, c) => {
        const environment = mapGet(container, 'Environment');
        if (!isSeq(environment)) return;
        environment.items.forEach((variable, v) => {
          const name = resolveString(template, mapGet(variable, 'Name'));
          const value = mapGet(variable, 'Value');
          if (!name || !looksSecret(name) || !isLiteralSecret(template, value)) return;
          const path: TemplatePath = ['Resources', task.id, 'Properties', 'ContainerDefinitions', c, 'Environment', v, 'Value'];
          report({
            messageId: 'containerSecret',
            path,
            resourceId: task.id,
            data: { resource: task.id, container: resolveString(template, mapGet(container, 'Name')) ?? String(c), name },
          });
        });
      });
    }
  },
};

/** DB_PASSWORD, dbPassword, STRIPE_API_KEY… but not DB_PASSWORD_ARN or TOKEN_TTL. */
function looksSecret(name: string): boolean {
  const normalized = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  return SECRET_WORDS.test(normalized) && !POINTER_SUFFIX.test(normalized);
}

/**
 * A non-empty string the template itself holds. A `Ref` to a NoEcho parameter, a dynamic
 * reference, an ARN and anything the template does not decide are not literal secrets.
 */
function isLiteralSecret(template: Template, node: CfnNode | undefined): boolean {
  if (intrinsicName(node) === 'Ref') {
    const parameter = template.parameters.get(scalarString(mapGet(node, 'Ref')) ?? '');
    if (parameter?.noEcho) return false;
  }
  const resolved = resolveValue(template, node);
  if (!resolved.known || typeof resolved.value !== 'string') return false;
  const value = resolved.value.trim();
  return value !== '' && !value.startsWith('{{resolve:') && !value.startsWith('arn:') && !NOT_A_SECRET_VALUE.test(value);
}

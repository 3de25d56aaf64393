import { identityStatements, statementEffect, statementValues } from '../support/iamPolicies';
import type { Rule } from '../types';

/** `*` or `service:*`: every action, or every action of one service. */
const WILDCARD_ACTION = /^(\*|[a-z0-9-]+:\*)$/i;

export const iamWildcardPermissions: Rule = {
  meta: {
    id: 'AL604',
    name: 'iam-wildcard-permissions',
    category: 'security',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    description: {
      en: 'IAM policy allows every action (of a service) on every resource',
      ko: 'IAM 정책이 모든 리소스에 대해 (서비스의) 모든 작업을 허용함',
    },
    messages: {
      wildcard: {
        en: "A policy statement of '{resource}' allows {actions} on Resource \"*\": every such action on every resource of the account, far more than one workload needs.",
        ko: "'{resource}'의 정책 Statement가 Resource \"*\"에 대해 {actions}을(를) 허용합니다. 계정의 모든 리소스에 그 모든 작업을 허용하는 것으로, 한 워크로드에 필요한 범위보다 훨씬 넓습니다.",
      },
    },
    lesson: {
      why: {
        en: '`Action: "*"` or `"service:*"` on `Resource: "*"` lets whoever holds the role do anything the service offers, to every resource in the account: delete tables, read every bucket, change other roles. A bug or a stolen credential then has no boundary.',
        ko: '`Resource: "*"`에 대한 `Action: "*"` 또는 `"서비스:*"`는 역할을 가진 누구든 계정의 모든 리소스에 서비스의 모든 작업을 하게 합니다: 테이블 삭제, 모든 버킷 읽기, 다른 역할 변경까지. 버그나 탈취된 자격 증명에 한계가 없어집니다.',
      },
      scenario: {
        en: 'The notes on ECS IAM roles: each task gets its own task role, so task A may call S3 and task B DynamoDB, each with only the access it needs.',
        ko: '노트의 ECS IAM 역할: 태스크마다 별도의 Task Role을 주어 태스크 A는 S3를, 태스크 B는 DynamoDB를 호출하는 식으로 각자 필요한 권한만 갖습니다.',
      },
      answer: {
        en: 'Grant least privilege: list the specific actions the code calls (`s3:GetObject`, `dynamodb:PutItem`, …) on the specific resource ARNs (`!GetAtt Table.Arn`, `!Sub ${Bucket.Arn}/*`). SAM policy templates such as `DynamoDBCrudPolicy` do this for you.',
        ko: '최소 권한을 부여하세요: 코드가 호출하는 작업(`s3:GetObject`, `dynamodb:PutItem` 등)만 특정 리소스 ARN(`!GetAtt Table.Arn`, `!Sub ${Bucket.Arn}/*`)에 대해 나열하세요. `DynamoDBCrudPolicy` 같은 SAM 정책 템플릿이 이를 대신해 줍니다.',
      },
    },
    seeds: ['003'],
  },
  check({ template, report }) {
    for (const entry of identityStatements(template)) {
      if (statementEffect(template, entry) !== 'Allow') continue;
      const resources = statementValues(template, entry, 'Resource');
      if (!resources?.some((r) => r.value === '*')) continue;
      const wildcards = (statementValues(template, entry, 'Action') ?? []).filter((a) => a.value !== undefined && WILDCARD_ACTION.test(a.value));
      if (wildcards.length === 0) continue;
      report({
        messageId: 'wildcard',
        path: wildcards[0].path,
        resourceId: entry.resource.id,
        data: { resource: entry.resource.id, actions: wildcards.map((a) => `"${a.value}"`).join(', ') },
      });
    }
  },
};

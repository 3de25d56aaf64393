import { mapGet } from '../../parse/nodes';
import { resolveBoolean } from '../../model/values';
import { decidingNode, setScalarValue } from '../../edit/templateEdits';
import type { Rule } from '../types';

export const cognitoIdentityPoolUnauthenticated: Rule = {
  meta: {
    id: 'AL606',
    name: 'cognito-identity-pool-unauthenticated',
    category: 'security',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
    description: {
      en: 'Cognito identity pool hands out AWS credentials to unauthenticated guests',
      ko: 'Cognito 자격 증명 풀이 인증되지 않은 게스트에게 AWS 자격 증명을 발급함',
    },
    messages: {
      guests: {
        en: "Identity pool '{resource}' allows unauthenticated identities: anyone using the app gets temporary AWS credentials for its unauthenticated role.",
        ko: "자격 증명 풀 '{resource}'이(가) 인증되지 않은 자격 증명을 허용합니다. 앱을 쓰는 누구나 비인증 역할의 임시 AWS 자격 증명을 받습니다.",
      },
    },
    lesson: {
      why: {
        en: 'An identity pool exchanges identities for temporary AWS credentials through STS. With guest access on, anyone who has the pool id, which ships inside the app, gets credentials for the unauthenticated role without signing in.',
        ko: '자격 증명 풀은 STS를 통해 신원을 임시 AWS 자격 증명으로 바꿔 줍니다. 게스트 접근을 켜면 앱에 포함된 풀 ID만 있으면 누구나 로그인 없이 비인증 역할의 자격 증명을 받습니다.',
      },
      scenario: {
        en: 'The notes: Cognito Identity Pools give users a temporary AWS identity to reach some AWS services directly, with IAM policies defined per identity; in the to-do app, users authenticate first and STS issues their credentials.',
        ko: '노트: Cognito Identity Pools는 사용자에게 임시 AWS 자격 증명을 주어 일부 AWS 서비스에 직접 접근하게 하며, 자격 증명에 적용되는 IAM 정책이 정의되어 있습니다. To Do 앱에서는 사용자가 먼저 인증하고 STS가 자격 증명을 발급합니다.',
      },
      answer: {
        en: 'Turn guest access off unless the app really needs it. If it does, scope the unauthenticated role to the few actions guests need, on specific resources, and nothing else.',
        ko: '앱에 꼭 필요하지 않다면 게스트 접근을 끄세요. 필요하다면 비인증 역할을 게스트에게 필요한 몇 가지 작업과 특정 리소스로만 제한하세요.',
      },
    },
    seeds: ['003'],
    fixes: {
      disableGuests: { en: 'Set AllowUnauthenticatedIdentities to false', ko: 'AllowUnauthenticatedIdentities를 false로 설정' },
    },
  },
  check({ template, report }) {
    for (const pool of template.resourcesOfType('AWS::Cognito::IdentityPool')) {
      const node = mapGet(pool.properties, 'AllowUnauthenticatedIdentities');
      if (resolveBoolean(template, node) !== true) continue;
      // Keep the written type: a string parameter Default 'true' becomes 'false'.
      const written = decidingNode(template, node);
      const value = written?.kind === 'scalar' && typeof written.value === 'string' ? 'false' : false;
      report({
        messageId: 'guests',
        path: ['Resources', pool.id, 'Properties', 'AllowUnauthenticatedIdentities'],
        resourceId: pool.id,
        data: { resource: pool.id },
        fixes: setScalarValue(template, node, value, 'disableGuests'),
      });
    }
  },
};

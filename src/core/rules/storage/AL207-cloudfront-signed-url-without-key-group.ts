import { isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import { isAbsent, resolveString } from '../../model/values';
import { distributionIndex, originIdKey } from '../support/cloudfront';
import type { Rule } from '../types';

/** Path patterns that mark content as paid or private: `/premium*`, `private/*`, `/paid/…`. */
const PAID_PATH = /(^|\/)(premium|private|paid|protected|members|subscribers)([/*._-]|$)/i;

/** True when the behavior asks viewers for signed URLs or cookies (key groups, or legacy trusted signers). */
function requiresSignedRequests(node: CfnNode | undefined, key: string): boolean {
  const value = mapGet(node, key);
  if (isAbsent(value)) return false;
  return !isSeq(value) || value.items.length > 0;
}

export const cloudfrontSignedUrlWithoutKeyGroup: Rule = {
  meta: {
    id: 'AL207',
    name: 'cloudfront-signed-url-without-key-group',
    category: 'storage',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html',
    description: {
      en: 'Paid or private CloudFront path served without signed URLs (TrustedKeyGroups)',
      ko: '유료·비공개 CloudFront 경로를 서명된 URL(TrustedKeyGroups) 없이 제공함',
    },
    messages: {
      unsignedPaidPath: {
        en: "Distribution '{resource}' serves '{pathPattern}' from private bucket origin '{origin}' to anyone: the behavior has no TrustedKeyGroups, so no signed URL or cookie is required.",
        ko: "배포 '{resource}'이(가) 비공개 버킷 오리진 '{origin}'의 '{pathPattern}'을(를) 누구에게나 제공합니다. 이 동작에 TrustedKeyGroups가 없어서 서명된 URL이나 쿠키를 요구하지 않습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Keeping the bucket private with OAC only stops users from going around CloudFront; CloudFront itself still serves every path to anyone. Paid content needs CloudFront to check a signature: a signed URL or signed cookie made with a key in a trusted key group, which can expire and be limited to IP ranges.',
        ko: 'OAC로 버킷을 비공개로 두면 사용자가 CloudFront를 우회하지 못할 뿐, CloudFront 자체는 여전히 모든 경로를 누구에게나 제공합니다. 유료 콘텐츠는 CloudFront가 서명을 확인해야 합니다. 신뢰할 수 있는 키 그룹의 키로 만든 서명된 URL이나 서명된 쿠키는 만료 시간을 둘 수 있고 IP 범위로 제한할 수도 있습니다.',
      },
      scenario: {
        en: 'The paid-content architecture (a global, serverless Netflix): a client authenticated with Cognito calls API Gateway, a Lambda function checks in the database that the user is premium and asks CloudFront for a signed URL that expires after 5 minutes, and the client fetches the video from CloudFront with it. S3 pre-signed URLs are not the answer: they are not global, and with OAI only CloudFront can reach the bucket.',
        ko: '유료 콘텐츠 아키텍처(글로벌 서버리스 넷플릭스): Cognito로 인증한 클라이언트가 API Gateway를 호출하면, Lambda 함수가 DB에서 프리미엄 사용자인지 확인하고 CloudFront에 5분 뒤 만료되는 Signed URL을 요청합니다. 클라이언트는 그 URL로 CloudFront에서 영상을 받습니다. S3 pre-signed URL은 정답이 아닙니다. 글로벌하게 배포할 수 없고, OAI를 쓰면 CloudFront만 버킷에 접근할 수 있기 때문입니다.',
      },
      answer: {
        en: 'Create an AWS::CloudFront::PublicKey and an AWS::CloudFront::KeyGroup, set TrustedKeyGroups on the cache behavior of the paid path, and issue short-lived signed URLs (or signed cookies) from an authenticated API with the matching private key kept in Secrets Manager.',
        ko: 'AWS::CloudFront::PublicKey와 AWS::CloudFront::KeyGroup을 만들고 유료 경로의 캐시 동작에 TrustedKeyGroups를 지정한 뒤, 짝이 되는 개인 키를 Secrets Manager에 두고 인증된 API에서 짧게 유효한 서명된 URL(또는 서명된 쿠키)을 발급하세요.',
      },
    },
    seeds: ['000'],
  },
  check({ template, report }) {
    const index = distributionIndex(template);
    for (const [distributionId, origins] of index.byDistribution) {
      const distribution = template.resources.get(distributionId)!;
      const behaviors = mapGet(mapGet(distribution.properties, 'DistributionConfig'), 'CacheBehaviors');
      if (!isSeq(behaviors)) continue;
      const byId = new Map(origins.filter((o) => o.idKey !== undefined).map((o) => [o.idKey!, o]));
      for (const behavior of behaviors.items) {
        const patternNode = mapGet(behavior, 'PathPattern');
        const pattern = resolveString(template, patternNode);
        if (!pattern || !PAID_PATH.test(pattern)) continue;
        if (requiresSignedRequests(behavior, 'TrustedKeyGroups') || requiresSignedRequests(behavior, 'TrustedSigners')) continue;
        const origin = byId.get(originIdKey(template, mapGet(behavior, 'TargetOriginId')) ?? '');
        if (!origin || origin.kind !== 's3' || (origin.access !== 'oac' && origin.access !== 'oai')) continue;
        report({
          messageId: 'unsignedPaidPath',
          path: template.pathOf(patternNode!)!,
          resourceId: distributionId,
          data: { resource: distributionId, pathPattern: pattern, origin: origin.bucketId ?? resolveString(template, mapGet(origin.node, 'Id')) ?? 'S3' },
        });
      }
    }
  },
};

import { mapGet } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Template } from '../../model/template';
import type { PlainValue } from '../../edit/serialize';
import { freshLogicalId, type Fix } from '../../edit/templateEdits';
import { compositeFix, insertEntries } from '../../edit/compositeEdits';
import {
  cloudFrontReadStatement,
  distributionIndex,
  grantReadEdits,
  originAccessControlBody,
  type CloudFrontOrigin,
} from '../support/cloudfront';
import { bucketReadGrants } from '../support/s3';
import type { Rule } from '../types';

/**
 * The fix: an Origin Access Control, the origin pointing at it, and (for a bucket of this
 * template) a bucket policy statement that lets only this distribution read. Without the
 * policy CloudFront would get 403 and AL203 would fire next.
 */
function addOriginAccessControl(template: Template, origin: CloudFrontOrigin): Fix[] {
  // An S3 REST endpoint written as a custom origin needs S3OriginConfig instead; rewriting
  // the origin type is not a minimal edit, so that case is left to the user.
  if (mapGet(origin.node, 'CustomOriginConfig') !== undefined) return [];
  // A bucket policy that also lets '*' read must be cleaned up by hand first: with OAC in
  // place AL203 would flag it, and a fix must not leave a new finding behind.
  if (origin.bucketId && bucketReadGrants(template, origin.bucketId).everyone) return [];
  const resources = mapGet(template.root, 'Resources');
  if (!resources || resources.kind !== 'map') return [];
  const oacId = freshLogicalId(template, `${origin.bucketId ?? origin.distribution.id}OriginAccessControl`);
  const originEntries: Array<[string, PlainValue]> = [['OriginAccessControlId', { 'Fn::GetAtt': [oacId, 'Id'] }]];
  if (mapGet(origin.node, 'S3OriginConfig') === undefined) originEntries.push(['S3OriginConfig', { OriginAccessIdentity: '' }]);
  const newResources: Array<[string, PlainValue]> = [[oacId, originAccessControlBody(oacId)]];
  const edits = [insertEntries(template, origin.node, originEntries)];
  if (origin.bucketId && !bucketReadGrants(template, origin.bucketId).scopedService) {
    const grant = grantReadEdits(template, origin.bucketId, [cloudFrontReadStatement(origin.bucketId, [origin.distribution.id])]);
    if (grant?.edit) edits.push(grant.edit);
    if (grant?.resource) newResources.push(grant.resource);
  }
  edits.push(insertEntries(template, resources, newResources));
  return compositeFix('addOriginAccessControl', edits);
}

export const cloudfrontS3OriginWithoutOac: Rule = {
  meta: {
    id: 'AL202',
    name: 'cloudfront-s3-origin-without-oac',
    category: 'storage',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    description: {
      en: 'CloudFront S3 origin without Origin Access Control',
      ko: 'Origin Access Control이 없는 CloudFront S3 오리진',
    },
    messages: {
      noAccessControl: {
        en: "Distribution '{resource}' reads S3 origin '{origin}' with neither OriginAccessControlId nor an origin access identity, so the bucket has to be public for CloudFront to read it.",
        ko: "배포 '{resource}'이(가) S3 오리진 '{origin}'을(를) OriginAccessControlId도 OAI도 없이 읽습니다. 그러면 CloudFront가 읽을 수 있도록 버킷을 공개해야 합니다.",
      },
    },
    lesson: {
      why: {
        en: 'CloudFront signs its requests to S3 only through Origin Access Control (or the legacy origin access identity). Without either, the bucket only works if it is public, and then users can skip the CDN, its caching and any restriction on it, and download straight from S3.',
        ko: 'CloudFront는 OAC(또는 예전 방식인 OAI)를 통해서만 S3 요청에 서명합니다. 둘 다 없으면 버킷을 공개해야만 동작하고, 그러면 사용자가 CDN과 그 캐시, 그리고 그 위의 제한을 건너뛰고 S3에서 바로 내려받을 수 있습니다.',
      },
      scenario: {
        en: 'In the serverless blog the notes let CloudFront access S3 through an origin identity, and the bucket policy gives only that identity read access, so every client has to pass through CloudFront and the infrastructure stays protected.',
        ko: '서버리스 블로그에서 노트는 CloudFront가 오리진 액세스 ID로 S3에 접근하게 하고, 버킷 정책은 그 ID에만 읽기 권한을 줍니다. 그래서 모든 클라이언트가 CloudFront를 한 번 거쳐야 하고 인프라가 안전하게 보호됩니다.',
      },
      answer: {
        en: 'Create an AWS::CloudFront::OriginAccessControl (signing sigv4, always), set OriginAccessControlId on the S3 origin, and grant s3:GetObject to cloudfront.amazonaws.com in the bucket policy with an AWS:SourceArn condition naming the distribution.',
        ko: 'AWS::CloudFront::OriginAccessControl(sigv4, always 서명)을 만들고 S3 오리진에 OriginAccessControlId를 지정한 뒤, 버킷 정책에서 배포를 지정하는 AWS:SourceArn 조건과 함께 cloudfront.amazonaws.com에 s3:GetObject를 허용하세요.',
      },
      changed: {
        en: 'The notes describe OAI. Since 2022 AWS recommends OAC instead: it supports SSE-KMS encrypted objects, dynamic requests and all Regions. Both are accepted by this check.',
        ko: '노트는 OAI를 설명합니다. 2022년부터 AWS는 SSE-KMS 암호화 객체, 동적 요청, 모든 리전을 지원하는 OAC를 대신 권장합니다. 이 검사는 둘 다 인정합니다.',
      },
    },
    seeds: ['000', '001'],
    fixes: {
      addOriginAccessControl: {
        en: 'Add an Origin Access Control and let only this distribution read the bucket',
        ko: 'Origin Access Control을 추가하고 이 배포만 버킷을 읽도록 허용',
      },
    },
  },
  check({ template, report }) {
    for (const origin of distributionIndex(template).origins) {
      if (origin.kind !== 's3' || origin.access !== 'none') continue;
      const label = origin.bucketId ?? resolveString(template, mapGet(origin.node, 'Id')) ?? resolveString(template, origin.domainName) ?? 'S3';
      report({
        messageId: 'noAccessControl',
        path: (origin.domainName && template.pathOf(origin.domainName)) || origin.path,
        resourceId: origin.distribution.id,
        data: { resource: origin.distribution.id, origin: label },
        fixes: addOriginAccessControl(template, origin),
      });
    }
  },
};

import { mapGet } from '../../parse/nodes';
import type { Template } from '../../model/template';
import type { PlainValue } from '../../edit/serialize';
import { setIn, type Fix } from '../../edit/templateEdits';
import { compositeFix, insertEntries } from '../../edit/compositeEdits';
import {
  cloudFrontReadStatement,
  distributionArn,
  distributionIndex,
  grantReadEdits,
  oaiReadStatement,
} from '../support/cloudfront';
import { bucketIndex, bucketReadGrants, principalPath } from '../support/s3';
import type { Rule } from '../types';

/** How the distributions of this template reach one private bucket. */
interface BucketAccess {
  /** Distributions that read it through OAC. */
  oacDistributions: Set<string>;
  /** OAI resources that read it; `unknownOai` when an OAI is named some other way. */
  oaiIds: Set<string>;
  unknownOai: boolean;
  /** The first distribution that reads it through an OAI, for the message. */
  oaiDistribution: string | undefined;
}

function accessByBucket(template: Template): Map<string, BucketAccess> {
  const out = new Map<string, BucketAccess>();
  for (const origin of distributionIndex(template).origins) {
    if (origin.kind !== 's3' || !origin.bucketId || (origin.access !== 'oac' && origin.access !== 'oai')) continue;
    const access = out.get(origin.bucketId) ?? { oacDistributions: new Set<string>(), oaiIds: new Set<string>(), unknownOai: false, oaiDistribution: undefined };
    if (origin.access === 'oac') access.oacDistributions.add(origin.distribution.id);
    else {
      access.oaiDistribution ??= origin.distribution.id;
      if (origin.oaiId) access.oaiIds.add(origin.oaiId);
      else access.unknownOai = true;
    }
    out.set(origin.bucketId, access);
  }
  return out;
}

/** The statements the bucket needs: one for the OAC distributions, one per OAI. */
function neededStatements(bucketId: string, access: BucketAccess, { service, oai }: { service: boolean; oai: boolean }): PlainValue[] {
  const statements: PlainValue[] = [];
  if (service && access.oacDistributions.size > 0) statements.push(cloudFrontReadStatement(bucketId, [...access.oacDistributions]));
  if (oai) for (const oaiId of access.oaiIds) statements.push(oaiReadStatement(bucketId, oaiId));
  return statements;
}

function grantFix(template: Template, bucketId: string, statements: PlainValue[], fixId: string): Fix[] {
  if (statements.length === 0) return [];
  const grant = grantReadEdits(template, bucketId, statements);
  if (!grant) return [];
  if (grant.edit) return compositeFix(fixId, [grant.edit]);
  const resources = mapGet(template.root, 'Resources');
  return resources?.kind === 'map' && grant.resource ? compositeFix(fixId, [insertEntries(template, resources, [grant.resource])]) : [];
}

export const s3OriginBucketPolicyNotRestricted: Rule = {
  meta: {
    id: 'AL203',
    name: 's3-origin-bucket-policy-not-restricted',
    category: 'storage',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
    description: {
      en: 'CloudFront origin bucket policy does not restrict reads to the distribution',
      ko: 'CloudFront 오리진 버킷의 정책이 읽기를 배포로만 제한하지 않음',
    },
    messages: {
      missingPolicy: {
        en: "Bucket '{resource}' is a private CloudFront origin ({via}) but has no bucket policy: CloudFront will get 403 Access Denied.",
        ko: "버킷 '{resource}'은(는) 비공개 CloudFront 오리진({via})인데 버킷 정책이 없습니다. CloudFront는 403 Access Denied를 받게 됩니다.",
      },
      noServiceGrant: {
        en: "The policy of bucket '{resource}' never lets cloudfront.amazonaws.com read, yet distribution '{distribution}' reads it through Origin Access Control: requests will fail with 403.",
        ko: "버킷 '{resource}'의 정책이 cloudfront.amazonaws.com의 읽기를 허용하지 않는데, 배포 '{distribution}'은(는) Origin Access Control로 이 버킷을 읽습니다. 요청은 403으로 실패합니다.",
      },
      noOaiGrant: {
        en: "The policy of bucket '{resource}' never lets the origin access identity read, yet distribution '{distribution}' reads it through that identity: requests will fail with 403.",
        ko: "버킷 '{resource}'의 정책이 오리진 액세스 ID의 읽기를 허용하지 않는데, 배포 '{distribution}'은(는) 그 ID로 이 버킷을 읽습니다. 요청은 403으로 실패합니다.",
      },
      unscopedService: {
        en: "The policy of bucket '{resource}' lets cloudfront.amazonaws.com read without an AWS:SourceArn condition, so any distribution, in any account, can read it.",
        ko: "버킷 '{resource}'의 정책이 AWS:SourceArn 조건 없이 cloudfront.amazonaws.com의 읽기를 허용합니다. 그러면 어느 계정의 어떤 배포든 이 버킷을 읽을 수 있습니다.",
      },
      publicToo: {
        en: "Bucket policy '{policy}' also lets anyone ('*') read bucket '{resource}', so users can bypass CloudFront and download straight from S3.",
        ko: "버킷 정책 '{policy}'이(가) 누구에게나('*') 버킷 '{resource}'의 읽기도 허용합니다. 사용자가 CloudFront를 우회해 S3에서 바로 내려받을 수 있습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Origin Access Control only signs the requests; the bucket policy decides who may read. It must allow the distribution (cloudfront.amazonaws.com limited by AWS:SourceArn, or the OAI) and nobody else. Without that grant CloudFront gets 403; with an extra public grant users go around the CDN.',
        ko: 'OAC는 요청에 서명할 뿐이고, 누가 읽을 수 있는지는 버킷 정책이 정합니다. 정책은 배포(AWS:SourceArn으로 제한한 cloudfront.amazonaws.com 또는 OAI)만 허용하고 그 밖에는 아무도 허용하지 않아야 합니다. 허용이 없으면 CloudFront가 403을 받고, 공개 허용이 더 있으면 사용자가 CDN을 우회합니다.',
      },
      scenario: {
        en: 'The notes secure the blog by restricting origin access and editing the bucket policy so that only CloudFront can reach S3: the policy grants read to the OAI alone, and clients must go through CloudFront.',
        ko: '노트는 오리진 접근을 제한하고 버킷 정책을 고쳐 CloudFront만 S3에 접근하게 하여 블로그를 보호합니다. 정책은 OAI에만 읽기 권한을 주고, 클라이언트는 반드시 CloudFront를 거쳐야 합니다.',
      },
      answer: {
        en: "Add a bucket policy statement: Effect Allow, Principal { Service: cloudfront.amazonaws.com }, Action s3:GetObject on the bucket's objects, Condition StringEquals AWS:SourceArn = the distribution ARN. Remove any statement that lets '*' read.",
        ko: "버킷 정책에 Effect Allow, Principal { Service: cloudfront.amazonaws.com }, 버킷 객체에 대한 Action s3:GetObject, Condition StringEquals AWS:SourceArn = 배포 ARN인 문장을 추가하세요. '*'에게 읽기를 허용하는 문장은 지우세요.",
      },
      changed: {
        en: 'The notes grant read to an OAI. With Origin Access Control, which AWS recommends today, the principal is the CloudFront service scoped by AWS:SourceArn.',
        ko: '노트는 OAI에 읽기 권한을 줍니다. 지금 AWS가 권장하는 OAC에서는 주체가 AWS:SourceArn으로 제한한 CloudFront 서비스입니다.',
      },
    },
    seeds: ['000', '001'],
    fixes: {
      addBucketPolicy: { en: 'Add a bucket policy that lets only CloudFront read', ko: 'CloudFront만 읽도록 허용하는 버킷 정책 추가' },
      addReadStatement: { en: 'Add a statement that lets CloudFront read', ko: 'CloudFront의 읽기를 허용하는 문장 추가' },
      scopeToDistribution: { en: 'Limit the grant to this distribution with AWS:SourceArn', ko: 'AWS:SourceArn으로 이 배포에만 허용하도록 제한' },
    },
  },
  check({ template, report }) {
    const buckets = bucketIndex(template);
    for (const [bucketId, access] of accessByBucket(template)) {
      const needsService = access.oacDistributions.size > 0;
      const needsOai = access.oaiIds.size > 0 || access.unknownOai;
      const distribution = [...access.oacDistributions][0] ?? '';
      const base = { resourceId: bucketId };
      const policies = buckets.policiesOf(bucketId);
      if (policies.length === 0) {
        // A policy that names its bucket in a way we can't follow may belong to this one.
        if (buckets.hasUnlinkedPolicies) continue;
        report({
          ...base,
          messageId: 'missingPolicy',
          path: ['Resources', bucketId],
          data: { resource: bucketId, via: needsService ? 'Origin Access Control' : 'OAI' },
          fixes: grantFix(template, bucketId, neededStatements(bucketId, access, { service: true, oai: true }), 'addBucketPolicy'),
        });
        continue;
      }
      const grants = bucketReadGrants(template, bucketId);
      const statementPath = ['Resources', policies[0].id, 'Properties', 'PolicyDocument', 'Statement'];
      if (!grants.partial && needsService && !grants.scopedService) {
        if (grants.unscopedService) {
          const arns = [...access.oacDistributions].map(distributionArn);
          const edit = setIn(template, grants.unscopedService.node, ['Condition', 'StringEquals', 'AWS:SourceArn'], arns.length === 1 ? arns[0] : arns);
          report({
            ...base,
            messageId: 'unscopedService',
            path: principalPath(grants.unscopedService),
            data: { resource: bucketId },
            fixes: compositeFix('scopeToDistribution', [edit]),
          });
        } else {
          report({
            ...base,
            messageId: 'noServiceGrant',
            path: statementPath,
            data: { resource: bucketId, distribution },
            fixes: grantFix(template, bucketId, neededStatements(bucketId, access, { service: true, oai: !grants.oai }), 'addReadStatement'),
          });
        }
      } else if (!grants.partial && needsOai && !grants.oai) {
        report({
          ...base,
          messageId: 'noOaiGrant',
          path: statementPath,
          data: { resource: bucketId, distribution: access.oaiDistribution ?? '' },
          fixes: grantFix(template, bucketId, neededStatements(bucketId, access, { service: false, oai: true }), 'addReadStatement'),
        });
      }
      if (grants.everyone) {
        report({
          ...base,
          messageId: 'publicToo',
          path: principalPath(grants.everyone.statement),
          data: { resource: bucketId, policy: grants.everyone.policy.id },
        });
      }
    }
  },
};

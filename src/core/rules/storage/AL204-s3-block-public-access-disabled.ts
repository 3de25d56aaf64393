import { intrinsicName, isMap, mapGet, type CfnNode } from '../../parse/nodes';
import { resolveBoolean, resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { setIn, type Fix } from '../../edit/templateEdits';
import { compositeFix, insertEntries, setScalarKeepingType } from '../../edit/compositeEdits';
import type { TextEdit } from '../../edit/textEdit';
import { cloudFrontOriginIds } from '../support/cloudfront';
import { BUCKET_TYPE, publicReadStatement } from '../support/s3';
import type { Rule } from '../types';

const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;
const PUBLIC_ACLS = new Set(['PublicRead', 'PublicReadWrite']);

/** All four flags true (existing ones set, missing ones added), and a public canned ACL made Private. */
function blockPublicAccess(template: Template, bucket: Resource, pab: CfnNode | undefined, publicAcl: boolean): Fix[] {
  // With a public bucket policy in place, BlockPublicPolicy would make the next deploy fail:
  // that bucket needs CloudFront (AL201) before its flags can go back on.
  if (publicReadStatement(template, bucket.id)) return [];
  const edits: Array<TextEdit | undefined> = [];
  if (pab === undefined) {
    edits.push(setIn(template, bucket.node, ['Properties', 'PublicAccessBlockConfiguration'], Object.fromEntries(FLAGS.map((flag) => [flag, true]))));
  } else {
    if (!isMap(pab) || intrinsicName(pab)) return [];
    const missing: Array<[string, boolean]> = [];
    for (const flag of FLAGS) {
      const node = mapGet(pab, flag);
      if (node === undefined) missing.push([flag, true]);
      else if (resolveBoolean(template, node) !== true) edits.push(setScalarKeepingType(template, node, true));
    }
    if (missing.length > 0) edits.push(insertEntries(template, pab, missing));
  }
  if (publicAcl) edits.push(setScalarKeepingType(template, mapGet(bucket.properties, 'AccessControl'), 'Private'));
  return compositeFix('blockPublicAccess', edits);
}

export const s3BlockPublicAccessDisabled: Rule = {
  meta: {
    id: 'AL204',
    name: 's3-block-public-access-disabled',
    category: 'storage',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    description: {
      en: 'S3 Block Public Access turned off, or a public ACL, on a bucket not behind CloudFront',
      ko: 'CloudFront 뒤에 있지 않은 버킷에서 S3 퍼블릭 액세스 차단이 꺼져 있거나 공개 ACL을 사용함',
    },
    messages: {
      flagsOff: {
        en: "Bucket '{resource}' turns off Block Public Access ({flags} set to false), and no CloudFront distribution in this template serves it.",
        ko: "버킷 '{resource}'의 퍼블릭 액세스 차단이 꺼져 있으며({flags}가 false), 이 템플릿의 어떤 CloudFront 배포도 이 버킷을 오리진으로 쓰지 않습니다.",
      },
      publicAcl: {
        en: "Bucket '{resource}' has the public canned ACL {acl}, and no CloudFront distribution in this template serves it.",
        ko: "버킷 '{resource}'에 공개 기본 ACL {acl}이(가) 지정되어 있으며, 이 템플릿의 어떤 CloudFront 배포도 이 버킷을 오리진으로 쓰지 않습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Block Public Access is the account- and bucket-level guard that overrides any ACL or policy that would make objects public. Turning a flag off, or granting a public ACL, is how buckets end up leaking data: one broad policy later and everything is readable by anyone.',
        ko: '퍼블릭 액세스 차단은 객체를 공개하게 만드는 ACL이나 정책보다 우선하는 계정·버킷 수준의 안전장치입니다. 플래그를 끄거나 공개 ACL을 주면 데이터가 새어 나가기 쉽습니다. 나중에 넓은 정책 하나만 붙어도 누구나 모든 것을 읽을 수 있게 됩니다.',
      },
      scenario: {
        en: 'The notes never open the bucket to the world: static files go through CloudFront, and the bucket policy is edited so only CloudFront can read from S3. S3 itself offers bucket policies, access points, ACLs and encryption to keep data private.',
        ko: '노트는 버킷을 세상에 열지 않습니다. 정적 파일은 CloudFront를 거쳐 제공하고, 버킷 정책을 고쳐 CloudFront만 S3에서 읽을 수 있게 합니다. S3는 데이터를 비공개로 지키기 위해 버킷 정책, 액세스 포인트, ACL, 암호화를 제공합니다.',
      },
      answer: {
        en: 'Set all four PublicAccessBlockConfiguration flags to true, leave AccessControl private (or better, omit it with BucketOwnerEnforced ownership), and serve public content through CloudFront with Origin Access Control.',
        ko: 'PublicAccessBlockConfiguration의 네 플래그를 모두 true로 하고, AccessControl은 비공개로 두거나(BucketOwnerEnforced 소유권으로 아예 생략하는 편이 더 좋습니다), 공개할 콘텐츠는 Origin Access Control을 쓰는 CloudFront로 제공하세요.',
      },
      changed: {
        en: 'Since April 2023 new buckets have Block Public Access on and ACLs disabled by default; a template has to switch them off on purpose.',
        ko: '2023년 4월부터 새 버킷은 기본으로 퍼블릭 액세스 차단이 켜져 있고 ACL이 비활성화되어 있습니다. 템플릿이 일부러 꺼야만 공개됩니다.',
      },
    },
    seeds: ['000', '003'],
    fixes: {
      blockPublicAccess: {
        en: 'Turn on all four Block Public Access flags',
        ko: '퍼블릭 액세스 차단 플래그 네 개를 모두 켜기',
      },
    },
  },
  check({ template, graph, report }) {
    const origins = cloudFrontOriginIds(template, graph);
    for (const bucket of template.resourcesOfType(BUCKET_TYPE)) {
      if (origins.has(bucket.id)) continue;
      const pab = mapGet(bucket.properties, 'PublicAccessBlockConfiguration');
      const off = FLAGS.filter((flag) => resolveBoolean(template, mapGet(pab, flag)) === false);
      const acl = resolveString(template, mapGet(bucket.properties, 'AccessControl'));
      const publicAcl = acl !== undefined && PUBLIC_ACLS.has(acl);
      if (off.length === 0 && !publicAcl) continue;
      const fixes = blockPublicAccess(template, bucket, pab, publicAcl);
      if (off.length > 0) {
        const first = mapGet(pab, off[0])!;
        report({
          messageId: 'flagsOff',
          path: template.pathOf(first) ?? ['Resources', bucket.id, 'Properties', 'PublicAccessBlockConfiguration', off[0]],
          resourceId: bucket.id,
          data: { resource: bucket.id, flags: off.join(', ') },
          fixes,
        });
      } else {
        report({
          messageId: 'publicAcl',
          path: ['Resources', bucket.id, 'Properties', 'AccessControl'],
          resourceId: bucket.id,
          data: { resource: bucket.id, acl: acl! },
          fixes,
        });
      }
    }
  },
};

import { intrinsicName, isMap, mapGet, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { isAbsent, resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { cloudFrontOriginIds } from '../support/cloudfront';
import { BUCKET_TYPE, principalPath, publicReadStatement } from '../support/s3';
import type { Rule } from '../types';

const PUBLIC_ACLS = new Set(['PublicRead', 'PublicReadWrite']);

interface PublicReason {
  messageId: 'website' | 'publicAcl' | 'publicPolicy';
  path: TemplatePath;
  data: Record<string, string>;
}

/**
 * Why a bucket is readable by anyone, if it is: website hosting, a public canned ACL, or a
 * policy that lets `"*"` read without scoping the caller. One reason per bucket is enough.
 */
function publicReason(template: Template, bucket: Resource): PublicReason | undefined {
  const base = ['Resources', bucket.id, 'Properties'];
  const website = mapGet(bucket.properties, 'WebsiteConfiguration');
  // A redirect-only website (www → apex) serves no content; a conditional one is undecided.
  if (!isAbsent(website) && isMap(website) && !intrinsicName(website) && !isRedirectOnly(website)) {
    return { messageId: 'website', path: [...base, 'WebsiteConfiguration'], data: { resource: bucket.id } };
  }
  const acl = resolveString(template, mapGet(bucket.properties, 'AccessControl'));
  if (acl && PUBLIC_ACLS.has(acl)) {
    return { messageId: 'publicAcl', path: [...base, 'AccessControl'], data: { resource: bucket.id, acl } };
  }
  const grant = publicReadStatement(template, bucket.id);
  if (grant) {
    return { messageId: 'publicPolicy', path: principalPath(grant.statement), data: { resource: bucket.id, policy: grant.policy.id } };
  }
  return undefined;
}

function isRedirectOnly(website: CfnNode): boolean {
  return mapGet(website, 'RedirectAllRequestsTo') !== undefined && mapGet(website, 'IndexDocument') === undefined;
}

export const s3PublicStaticSite: Rule = {
  meta: {
    id: 'AL201',
    name: 's3-public-static-site',
    category: 'storage',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/getting-started-secure-static-website-cloudformation-template.html',
    description: {
      en: 'Public S3 bucket serves static content without CloudFront',
      ko: 'CloudFront 없이 공개 S3 버킷이 정적 콘텐츠를 제공함',
    },
    messages: {
      website: {
        en: "Bucket '{resource}' hosts a static website straight from S3, and no CloudFront distribution in this template serves it.",
        ko: "버킷 '{resource}'이(가) S3에서 정적 웹사이트를 직접 호스팅하고 있으며, 이 템플릿의 어떤 CloudFront 배포도 이 버킷을 오리진으로 쓰지 않습니다.",
      },
      publicAcl: {
        en: "Bucket '{resource}' has AccessControl {acl}, so anyone can read it directly, and no CloudFront distribution in this template serves it.",
        ko: "버킷 '{resource}'은(는) AccessControl: {acl} 설정 때문에 누구나 직접 읽을 수 있으며, 이 템플릿의 어떤 CloudFront 배포도 이 버킷을 오리진으로 쓰지 않습니다.",
      },
      publicPolicy: {
        en: "Bucket policy '{policy}' lets anyone ('*') read objects of bucket '{resource}' directly, and no CloudFront distribution in this template serves them.",
        ko: "버킷 정책 '{policy}'이(가) 누구에게나('*') 버킷 '{resource}'의 객체를 직접 읽도록 허용하며, 이 템플릿의 어떤 CloudFront 배포도 이 버킷을 오리진으로 쓰지 않습니다.",
      },
    },
    lesson: {
      why: {
        en: 'A public bucket answers every request from its one Region: distant users wait longer, every download is billed as S3 data transfer, and nothing keeps users from going around a cache. CloudFront caches the files at edge locations near the users, costs less per GB delivered, and lets the bucket stay private.',
        ko: '공개 버킷은 모든 요청을 하나의 리전에서 응답합니다. 멀리 있는 사용자는 더 오래 기다리고, 모든 다운로드가 S3 데이터 전송으로 과금되며, 사용자가 캐시를 우회하는 것도 막을 수 없습니다. CloudFront는 사용자와 가까운 엣지 로케이션에 파일을 캐싱하고, GB당 전송 비용이 더 낮으며, 버킷을 비공개로 유지할 수 있게 해 줍니다.',
      },
      scenario: {
        en: 'The serverless blog (myblog.com) is read far more than it is written and must scale globally. The notes serve its static files from S3 through CloudFront edge locations and change the bucket policy so only CloudFront can read the bucket. The image-community question gets the same answer: do not point users at S3, use CloudFront and its cache.',
        ko: '서버리스 블로그(myblog.com)는 쓰기보다 읽기가 훨씬 많고 전 세계로 확장되어야 합니다. 노트는 정적 파일을 S3에서 CloudFront 엣지 로케이션을 거쳐 제공하고, 버킷 정책을 고쳐 CloudFront만 버킷을 읽을 수 있게 합니다. 이미지 커뮤니티 문제의 정답도 같습니다. S3를 바로 바라보지 말고 CloudFront와 캐시를 이용합니다.',
      },
      answer: {
        en: 'Keep the bucket private (Block Public Access on, no website hosting, no public policy). Put a CloudFront distribution in front of it with Origin Access Control, and let the bucket policy grant s3:GetObject only to that distribution.',
        ko: '버킷은 비공개로 두세요(Block Public Access 켜기, 웹사이트 호스팅과 공개 정책 없이). 그 앞에 Origin Access Control을 쓰는 CloudFront 배포를 두고, 버킷 정책은 그 배포에만 s3:GetObject를 허용하세요.',
      },
      changed: {
        en: 'The notes use an Origin Access Identity (OAI). AWS now recommends Origin Access Control (OAC), which also works with SSE-KMS and in every Region. Since April 2023 new buckets block public access by default, so a public bucket takes deliberate settings.',
        ko: '노트는 OAI(Origin Access Identity)를 사용합니다. 지금 AWS는 SSE-KMS와 모든 리전에서도 동작하는 OAC(Origin Access Control)를 권장합니다. 2023년 4월부터 새 버킷은 기본으로 퍼블릭 액세스가 차단되므로, 공개 버킷은 일부러 설정을 바꿔야만 만들어집니다.',
      },
    },
    seeds: ['000', '001', '002', '004'],
  },
  check({ template, graph, report }) {
    const origins = cloudFrontOriginIds(template, graph);
    for (const bucket of template.resourcesOfType(BUCKET_TYPE)) {
      if (origins.has(bucket.id)) continue;
      const reason = publicReason(template, bucket);
      if (reason) report({ messageId: reason.messageId, path: reason.path, resourceId: bucket.id, data: reason.data });
    }
  },
};

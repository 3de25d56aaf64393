import { itemsApi } from '../blocks/itemsApi';
import { staticSite, staticSiteOutputs } from '../blocks/staticSite';
import {
  bucketReadableByDistribution,
  CACHE_POLICY,
  customDomainParameters,
  originAccessControl,
  RESPONSE_HEADERS_POLICY,
  s3Origin,
  type CustomDomain,
} from '../blocks/storage';
import { thumbnails } from '../blocks/thumbnails';
import { welcomeEmail } from '../blocks/welcomeEmail';
import { ref, sub, type ValueMap } from '../values';
import type { PatternDefinition } from '../types';
import { DAX_OPTION } from './serverlessRestApi';

const toggle = (key: string, en: string, ko: string, descriptionEn: string, descriptionKo: string, value: boolean, requires?: string) =>
  ({ kind: 'toggle', key, title: { en, ko }, description: { en: descriptionEn, ko: descriptionKo }, default: value, ...(requires ? { requires } : {}) }) as const;

export const serverlessBlogPattern: PatternDefinition = {
  id: 'serverless-blog',
  version: '1.0.0',
  title: { en: 'Serverless blog (myblog.com)', ko: '서버리스 블로그 (myblog.com)' },
  description: {
    en: 'The static site behind CloudFront, plus a REST API (API Gateway, Lambda, DynamoDB, optional DAX), a welcome email for new subscribers and thumbnails of uploaded images, each one optional.',
    ko: 'CloudFront 뒤의 정적 사이트에 REST API(API Gateway, Lambda, DynamoDB, 선택적 DAX), 새 구독자 환영 이메일, 업로드 이미지 썸네일을 각각 선택해 더합니다.',
  },
  seeds: ['000', '001'],
  scenario: {
    en: 'myblog.com must scale globally, is read far more than written, is mostly static files with a bit of REST API, should cache to cut cost and latency, greets first-time subscribers by email and makes thumbnails serverlessly.',
    ko: 'myblog.com은 전 세계로 확장되어야 하고, 쓰기보다 읽기가 훨씬 많으며, 대부분 정적 파일에 일부 REST API가 있습니다. 캐싱으로 비용과 지연을 줄이고, 처음 구독한 사람에게 환영 이메일을 보내며, 썸네일을 서버리스로 만듭니다.',
  },
  keywords: ['blog', 'myblog', 'cloudfront', 's3', 'api gateway', 'lambda', 'dynamodb', 'dax', 'ses', 'thumbnail', '블로그'],
  options: [
    toggle('api', 'REST API', 'REST API', 'API Gateway + Lambda + DynamoDB for the dynamic part', '동적 부분을 위한 API Gateway + Lambda + DynamoDB', true),
    { ...DAX_OPTION, requires: 'api' },
    toggle('welcomeEmail', 'Welcome email', '환영 이메일', 'DynamoDB Streams + Lambda + SES for new subscribers', '새 구독자를 위한 DynamoDB Streams + Lambda + SES', true),
    toggle('thumbnails', 'Thumbnails', '썸네일', 'Upload bucket + Lambda + thumbnail bucket served under /thumbnails/', '업로드 버킷 + Lambda + /thumbnails/ 경로로 제공되는 썸네일 버킷', true),
    toggle('customDomain', 'Custom domain', '사용자 도메인', 'Your domain with an ACM certificate (us-east-1) and Route 53', 'ACM 인증서(us-east-1)와 Route 53을 사용하는 사용자 도메인', false),
  ],
  build(t, options) {
    const domain: CustomDomain | undefined = options.customDomain ? customDomainParameters(t) : undefined;
    const origins: ValueMap[] = [];
    const behaviors: ValueMap[] = [];
    let thumbnailBucket: string | undefined;
    if (options.thumbnails) {
      thumbnailBucket = thumbnails(t, 'none').thumbnailBucket;
      originAccessControl(t, 'ThumbnailOac', 'thumbnails');
      origins.push(s3Origin('ThumbnailOrigin', thumbnailBucket, 'ThumbnailOac'));
      behaviors.push({
        PathPattern: '/thumbnails/*',
        TargetOriginId: 'ThumbnailOrigin',
        ViewerProtocolPolicy: 'redirect-to-https',
        CachePolicyId: CACHE_POLICY.cachingOptimized,
        ResponseHeadersPolicyId: RESPONSE_HEADERS_POLICY.securityHeaders,
        Compress: true,
      });
    }
    const site = staticSite(t, { prefix: 'Site', domain, origins, behaviors });
    if (thumbnailBucket) {
      bucketReadableByDistribution(t, 'ThumbnailBucketPolicy', thumbnailBucket, site.distribution);
      t.output('UploadBucketName', { Description: 'Upload images here; thumbnails appear under /thumbnails/ on the site', Value: ref('UploadBucket') });
    }
    staticSiteOutputs(t, site, domain);
    if (options.api) itemsApi(t, { collection: 'posts', name: 'Post', dax: options.dax === true, stageCache: false });
    if (options.welcomeEmail) {
      welcomeEmail(t, domain ? domain.domainName : sub(`\${${site.distribution}.DomainName}`));
    }
  },
};

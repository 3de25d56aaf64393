import { customDomainParameters } from '../blocks/storage';
import { staticSite, staticSiteOutputs } from '../blocks/staticSite';
import type { PatternDefinition } from '../types';

export const staticSitePattern: PatternDefinition = {
  id: 'static-site',
  version: '1.0.0',
  title: { en: 'Private S3 static site behind CloudFront', ko: 'CloudFront 뒤의 비공개 S3 정적 사이트' },
  description: {
    en: 'A private S3 bucket served only through a CloudFront distribution with Origin Access Control, optionally on your own domain.',
    ko: 'Origin Access Control이 있는 CloudFront 배포를 통해서만 제공되는 비공개 S3 버킷. 선택적으로 사용자 도메인을 연결합니다.',
  },
  seeds: ['000', '001', '002', '004'],
  scenario: {
    en: 'Global readers of a mostly static site: CloudFront caches the files at edge locations, and the bucket policy lets only CloudFront read, so nobody bypasses the CDN.',
    ko: '대부분 정적인 사이트를 전 세계 사용자가 읽습니다. CloudFront가 엣지 로케이션에 파일을 캐싱하고, 버킷 정책은 CloudFront만 읽게 하여 CDN을 우회할 수 없습니다.',
  },
  keywords: ['s3', 'cloudfront', 'oac', 'cdn', 'website', 'route53', '정적', '웹사이트'],
  options: [
    {
      kind: 'toggle',
      key: 'customDomain',
      title: { en: 'Custom domain', ko: '사용자 도메인' },
      description: { en: 'Your own domain: ACM certificate (us-east-1) and Route 53 alias records', ko: '사용자 도메인: ACM 인증서(us-east-1)와 Route 53 별칭 레코드' },
      default: false,
    },
  ],
  build(t, options) {
    const domain = options.customDomain ? customDomainParameters(t) : undefined;
    const site = staticSite(t, { prefix: 'Site', domain });
    staticSiteOutputs(t, site, domain);
  },
};

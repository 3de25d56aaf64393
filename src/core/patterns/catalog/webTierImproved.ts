import { dynamicBehavior } from '../blocks/edge';
import { loadBalancerOrigin } from '../blocks/loadBalancer';
import { staticSite } from '../blocks/staticSite';
import { ref, sub } from '../values';
import type { PatternDefinition } from '../types';
import { AZ_OPTION, ENGINE_OPTION, threeTier } from './threeTierVpc';

export const webTierImprovedPattern: PatternDefinition = {
  id: 'web-tier-improved',
  version: '1.0.0',
  title: { en: '3-tier web app, improved', ko: '개선된 3계층 웹 애플리케이션' },
  description: {
    en: 'The 3-tier VPC app with its front end on S3 behind CloudFront, /api/* routed by CloudFront to the ALB, and an S3 gateway VPC endpoint so private servers reach S3 without the NAT gateway.',
    ko: '3계층 VPC 앱의 프런트엔드를 CloudFront 뒤의 S3로 옮기고, CloudFront가 /api/*를 ALB로 보내며, S3 게이트웨이 VPC 엔드포인트로 프라이빗 서버가 NAT 게이트웨이 없이 S3에 접근합니다.',
  },
  seeds: ['002'],
  scenario: {
    en: 'Static files no longer load the web servers: they come from S3 through CloudFront, one domain serves both, and S3 traffic from the VPC stops paying NAT charges.',
    ko: '정적 파일이 더 이상 웹 서버에 부하를 주지 않습니다. 정적 파일은 CloudFront를 거쳐 S3에서 제공되고, 한 도메인이 둘 다 제공하며, VPC의 S3 트래픽은 NAT 요금을 내지 않습니다.',
  },
  keywords: ['vpc', 'cloudfront', 's3', 'alb', 'vpc endpoint', 'gateway endpoint', 'nat', '3티어', '개선'],
  options: [AZ_OPTION, ENGINE_OPTION],
  build(t, options) {
    threeTier(t, options, {
      gatewayEndpoints: ['s3'],
      edge: (builder, loadBalancer) => {
        const originId = 'ApiOrigin';
        const site = staticSite(builder, {
          prefix: 'Site',
          origins: [loadBalancerOrigin(originId, loadBalancer)],
          behaviors: [dynamicBehavior(originId, '/api/*')],
        });
        builder.output('SiteBucketName', { Description: 'Upload the front end here', Value: ref(site.bucket) });
        builder.output('SiteSyncCommand', { Description: 'Publish the front end from ./site', Value: sub(`aws s3 sync ./site s3://\${${site.bucket}} --delete`) });
        builder.output('ApiUrl', { Description: 'The app tier, through CloudFront', Value: sub(`https://\${${site.distribution}.DomainName}/api/`) });
        return site.distribution;
      },
    });
  },
};

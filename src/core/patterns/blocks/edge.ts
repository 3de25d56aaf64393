import type { TemplateBuilder } from '../builder';
import { note, sub, type ValueMap } from '../values';
import { loadBalancerOrigin } from './loadBalancer';
import { CACHE_POLICY, ORIGIN_REQUEST_POLICY } from './storage';

/** Cache behavior for dynamic requests: nothing cached, every viewer header forwarded. */
export const dynamicBehavior = (originId: string, pathPattern?: string): ValueMap => ({
  ...(pathPattern ? { PathPattern: pathPattern } : {}),
  TargetOriginId: originId,
  ViewerProtocolPolicy: 'redirect-to-https',
  AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
  CachePolicyId: CACHE_POLICY.cachingDisabled,
  OriginRequestPolicyId: ORIGIN_REQUEST_POLICY.allViewer,
  Compress: true,
});

/**
 * CloudFront in front of a load balancer: viewers connect to the nearest edge over
 * HTTPS, static responses can be cached there, and the ALB sees far less traffic.
 */
export function distributionForLoadBalancer(t: TemplateBuilder, id: string, loadBalancer: string, comment: string, extra: ValueMap = {}): string {
  const originId = `${loadBalancer}Origin`;
  return t.resource(
    id,
    'AWS::CloudFront::Distribution',
    {
      DistributionConfig: {
        Enabled: true,
        Comment: sub(`\${AWS::StackName} edge`),
        HttpVersion: 'http2and3',
        IPV6Enabled: true,
        PriceClass: 'PriceClass_100',
        Origins: [loadBalancerOrigin(originId, loadBalancer)],
        DefaultCacheBehavior: note('Dynamic pages: not cached, every header and cookie passed to the app.', dynamicBehavior(originId)),
        ...extra,
      },
    },
    comment,
  );
}

import type { TemplateBuilder } from '../builder';
import { join, note, ref, sub, type Value, type ValueMap } from '../values';
import {
  aliasRecords,
  bucketReadableByDistribution,
  CACHE_POLICY,
  originAccessControl,
  privateBucket,
  RESPONSE_HEADERS_POLICY,
  s3Origin,
  viewerCertificate,
  type CustomDomain,
} from './storage';

export interface StaticSiteSpec {
  /** Prefix of every logical id, e.g. `Site` → `SiteBucket`, `SiteDistribution`. */
  prefix: string;
  domain?: CustomDomain;
  /** More origins and cache behaviors (an `/api/*` route to a load balancer). */
  origins?: Value[];
  behaviors?: Value[];
  /** Extra DistributionConfig settings (trusted key groups on a behavior, error pages). */
  config?: ValueMap;
}

export interface StaticSiteIds {
  bucket: string;
  oac: string;
  distribution: string;
  bucketPolicy: string;
}

/**
 * static-site: a private bucket, an Origin Access Control, a distribution and a bucket
 * policy for `cloudfront.amazonaws.com` scoped to the distribution. Users reach the
 * content only through the edge, which caches it close to them.
 */
export function staticSite(t: TemplateBuilder, spec: StaticSiteSpec): StaticSiteIds {
  const p = spec.prefix;
  const ids: StaticSiteIds = { bucket: `${p}Bucket`, oac: `${p}Oac`, distribution: `${p}Distribution`, bucketPolicy: `${p}BucketPolicy` };
  privateBucket(t, { id: ids.bucket, comment: 'Site content. Private: CloudFront is the only way in.', versioning: true });
  originAccessControl(t, ids.oac, p.toLowerCase());
  const originId = `${p}BucketOrigin`;
  const config: ValueMap = {
    Enabled: true,
    Comment: sub(`\${AWS::StackName} ${p.toLowerCase()}`),
    ...viewerCertificate(spec.domain),
    DefaultRootObject: 'index.html',
    HttpVersion: 'http2and3',
    IPV6Enabled: true,
    PriceClass: 'PriceClass_100',
    Origins: [s3Origin(originId, ids.bucket, ids.oac), ...(spec.origins ?? [])],
    DefaultCacheBehavior: note('Static files are cached at the edge: fewer S3 reads, lower latency worldwide.', {
      TargetOriginId: originId,
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: CACHE_POLICY.cachingOptimized,
      ResponseHeadersPolicyId: RESPONSE_HEADERS_POLICY.securityHeaders,
      Compress: true,
    }),
  };
  if (spec.behaviors?.length) config.CacheBehaviors = spec.behaviors;
  Object.assign(config, spec.config ?? {});
  t.resource(
    ids.distribution,
    'AWS::CloudFront::Distribution',
    { DistributionConfig: config },
    'CloudFront sits in front of the bucket: edge caching for global readers, HTTPS, and no direct S3 access.',
  );
  bucketReadableByDistribution(t, ids.bucketPolicy, ids.bucket, ids.distribution);
  if (spec.domain) aliasRecords(t, p, spec.domain, ids.distribution);
  return ids;
}

/** The outputs a user reaches for next: the URL and the bucket to upload to. */
export function staticSiteOutputs(t: TemplateBuilder, ids: StaticSiteIds, domain?: CustomDomain): void {
  t.output(`${ids.distribution}Url`, {
    Description: 'Site URL',
    Value: domain ? join('', ['https://', domain.domainName]) : sub(`https://\${${ids.distribution}.DomainName}`),
  });
  t.output(`${ids.distribution}Id`, { Description: 'Distribution id, for cache invalidations', Value: ref(ids.distribution) });
  t.output(`${ids.bucket}Name`, { Description: 'Bucket to upload the site to', Value: ref(ids.bucket) });
  t.output(`${ids.bucket}SyncCommand`, {
    Description: 'Publish the site from ./site',
    Value: sub(`aws s3 sync ./site s3://\${${ids.bucket}} --delete`),
  });
}

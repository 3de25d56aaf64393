import type { ResourceExtras, TemplateBuilder } from '../builder';
import { getAtt, note, ref, stackSuffix, sub, type Value, type ValueMap } from '../values';
import { policyDocument } from './iam';

export interface BucketSpec {
  id: string;
  comment: string;
  /** Only where something must name the bucket before it exists. */
  name?: Value;
  versioning?: boolean;
  /** Delete objects under a prefix after some days (scratch or derived data). */
  expireDays?: number;
  notification?: ValueMap;
  cors?: boolean;
  extras?: ResourceExtras;
}

/**
 * A private bucket: Block Public Access on all four flags, objects owned by the bucket
 * owner (no ACLs), and encryption at rest. Readers come in through CloudFront or IAM.
 */
export function privateBucket(t: TemplateBuilder, spec: BucketSpec): string {
  const properties: ValueMap = {
    ...(spec.name ? { BucketName: spec.name } : {}),
    BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    PublicAccessBlockConfiguration: note('No public access: nobody can bypass the front door.', {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    }),
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
  };
  if (spec.versioning) properties.VersioningConfiguration = { Status: 'Enabled' };
  if (spec.expireDays) {
    properties.LifecycleConfiguration = { Rules: [{ Id: 'ExpireOldObjects', Status: 'Enabled', ExpirationInDays: spec.expireDays }] };
  }
  if (spec.cors) {
    properties.CorsConfiguration = {
      CorsRules: [{ AllowedMethods: ['GET', 'PUT'], AllowedOrigins: ['*'], AllowedHeaders: ['*'], MaxAge: 3000 }],
    };
  }
  if (spec.notification) properties.NotificationConfiguration = spec.notification;
  return t.resource(spec.id, 'AWS::S3::Bucket', properties, spec.comment, spec.extras);
}

/** CloudFront's managed policies, by their fixed ids. */
export const CACHE_POLICY = {
  cachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  cachingDisabled: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
} as const;
export const ORIGIN_REQUEST_POLICY = {
  allViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
  allViewer: '216adef6-5c7f-47e4-b989-5492eafa07d3',
  corsS3Origin: '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf',
} as const;
export const RESPONSE_HEADERS_POLICY = { securityHeaders: '67f7725c-6f97-4210-82d7-5512b31e9d03' } as const;
/** The hosted zone id every CloudFront alias record points at. */
export const CLOUDFRONT_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';

export const distributionArn = (distribution: string): ValueMap =>
  sub(`arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${${distribution}}`);

/** Origin Access Control: CloudFront signs its requests to S3 with SigV4. */
export function originAccessControl(t: TemplateBuilder, id: string, bucketPurpose: string): string {
  // The name must be unique in the account; the logical id in it keeps copies apart.
  return t.resource(
    id,
    'AWS::CloudFront::OriginAccessControl',
    {
      OriginAccessControlConfig: {
        Name: sub(`\${AWS::StackName}-${id.toLowerCase()}`),
        Description: `Lets CloudFront read the ${bucketPurpose} bucket`,
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    },
    'Origin Access Control (OAC), the successor of OAI: CloudFront signs every request to the bucket.',
  );
}

export const s3Origin = (originId: string, bucket: string, oac: string): ValueMap => ({
  Id: originId,
  DomainName: getAtt(bucket, 'RegionalDomainName'),
  OriginAccessControlId: getAtt(oac, 'Id'),
  S3OriginConfig: { OriginAccessIdentity: '' },
});

/** The bucket policy that lets only this distribution read the bucket. */
export function bucketReadableByDistribution(t: TemplateBuilder, id: string, bucket: string, distribution: string, actions: string[] = ['s3:GetObject']): string {
  return t.resource(
    id,
    'AWS::S3::BucketPolicy',
    {
      Bucket: ref(bucket),
      PolicyDocument: policyDocument([
        {
          Sid: 'AllowCloudFrontServicePrincipalReadOnly',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Action: actions.length === 1 ? actions[0] : actions,
          Resource: sub(`\${${bucket}.Arn}/*`),
          Condition: note('Only this distribution, not every CloudFront distribution in AWS.', {
            StringEquals: { 'AWS:SourceArn': distributionArn(distribution) },
          }),
        },
      ]),
    },
    'The bucket trusts CloudFront, and only requests signed for this distribution.',
  );
}

export interface CustomDomain {
  domainName: Value;
  certificateArn: Value;
  hostedZoneId: Value;
}

/** Viewer certificate and aliases for a custom domain, or the default *.cloudfront.net. */
export function viewerCertificate(domain: CustomDomain | undefined): ValueMap {
  if (!domain) return {};
  return {
    Aliases: [domain.domainName],
    ViewerCertificate: note('The ACM certificate must live in us-east-1 for CloudFront.', {
      AcmCertificateArn: domain.certificateArn,
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    }),
  };
}

/** Custom-domain parameters: the domain, its us-east-1 certificate and its hosted zone. */
export function customDomainParameters(t: TemplateBuilder): CustomDomain {
  return {
    domainName: t.parameter('DomainName', {
      Type: 'String',
      Description: 'Domain name for the site, for example www.myblog.com',
      AllowedPattern: '^(?!-)[A-Za-z0-9.-]+[A-Za-z0-9]$',
      ConstraintDescription: 'a DNS name such as www.example.com',
    }),
    certificateArn: t.parameter('CertificateArn', {
      Type: 'String',
      Description: 'ARN of an ACM certificate for the domain, issued in us-east-1 (CloudFront only reads certificates there)',
      AllowedPattern: '^arn:aws[a-z-]*:acm:us-east-1:\\d{12}:certificate/.+$',
      ConstraintDescription: 'an ACM certificate ARN in us-east-1',
    }),
    hostedZoneId: t.parameter('HostedZoneId', {
      Type: 'AWS::Route53::HostedZone::Id',
      Description: 'Route 53 hosted zone that holds the domain',
    }),
  };
}

/** Route 53 alias records (IPv4 and IPv6) pointing the domain at the distribution. */
export function aliasRecords(t: TemplateBuilder, prefix: string, domain: CustomDomain, distribution: string): void {
  for (const type of ['A', 'AAAA']) {
    t.resource(
      `${prefix}AliasRecord${type === 'A' ? 'Ipv4' : 'Ipv6'}`,
      'AWS::Route53::RecordSet',
      {
        HostedZoneId: domain.hostedZoneId,
        Name: domain.domainName,
        Type: type,
        AliasTarget: { DNSName: getAtt(distribution, 'DomainName'), HostedZoneId: CLOUDFRONT_HOSTED_ZONE_ID },
      },
      type === 'A' ? 'Alias records: the domain resolves straight to the nearest edge location.' : undefined,
    );
  }
}

/**
 * `${AWS::AccountId}-<logical id>-<stack suffix>`, with an ARN form that needs no Ref.
 * The logical id in the name keeps merged copies apart.
 */
export function namedBucket(logicalId: string): { name: ValueMap; arn: (suffix?: string) => ValueMap } {
  const purpose = logicalId.toLowerCase();
  const variables = { StackSuffix: stackSuffix() };
  return {
    name: sub(`\${AWS::AccountId}-${purpose}-\${StackSuffix}`, variables),
    arn: (path = '') => sub(`arn:\${AWS::Partition}:s3:::\${AWS::AccountId}-${purpose}-\${StackSuffix}${path}`, variables),
  };
}

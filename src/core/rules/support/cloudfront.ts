/**
 * CloudFront distributions and their origins: what each origin points at (an S3 REST
 * endpoint, an S3 website endpoint, a load balancer…), and how it reaches a private bucket
 * (Origin Access Control, or the legacy Origin Access Identity). Built once per template.
 */
import { intrinsicName, isMap, isSeq, mapGet, scalarString, toPlain, type CfnMap, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { isAbsent, resolveString, resolveValue } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { collectReferences } from '../../graph/references';
import type { ResourceGraph } from '../../graph/types';
import type { PlainValue } from '../../edit/serialize';
import { appendItem, freshLogicalId } from '../../edit/templateEdits';
import { combineEdits } from '../../edit/compositeEdits';
import type { TextEdit } from '../../edit/textEdit';
import { BUCKET_TYPE, bucketIndex } from './s3';

export const DISTRIBUTION_TYPE = 'AWS::CloudFront::Distribution';
export const OAC_TYPE = 'AWS::CloudFront::OriginAccessControl';
export const OAI_TYPE = 'AWS::CloudFront::CloudFrontOriginAccessIdentity';

/** `s3`: the bucket's REST endpoint (private with OAC/OAI); `s3-website`: the public website endpoint. */
export type OriginKind = 's3' | 's3-website' | 'custom';
export type OriginAccess = 'oac' | 'oai' | 'none' | 'unknown';

export interface CloudFrontOrigin {
  distribution: Resource;
  node: CfnMap;
  path: TemplatePath;
  /** Compared with a cache behavior's `TargetOriginId`. */
  idKey: string | undefined;
  domainName: CfnNode | undefined;
  kind: OriginKind;
  /** The resource of this template the domain name points at (a bucket, a load balancer…). */
  targetId: string | undefined;
  /** For S3 origins, the bucket of this template. */
  bucketId: string | undefined;
  access: OriginAccess;
  /** The OAC resource `OriginAccessControlId` refers to. */
  oacId: string | undefined;
  /** The OAI resource `S3OriginConfig.OriginAccessIdentity` names. */
  oaiId: string | undefined;
}

export interface DistributionIndex {
  origins: CloudFrontOrigin[];
  byDistribution: Map<string, CloudFrontOrigin[]>;
  /**
   * True when a distribution has an origin this template can't place: a computed origin
   * list, or a custom domain name (which a DNS record may point at one of our load balancers).
   */
  hasUnplacedOrigins: boolean;
}

const memo = new WeakMap<Template, DistributionIndex>();

export function distributionIndex(template: Template): DistributionIndex {
  const cached = memo.get(template);
  if (cached) return cached;
  const origins: CloudFrontOrigin[] = [];
  const byDistribution = new Map<string, CloudFrontOrigin[]>();
  let hasUnplacedOrigins = false;
  for (const distribution of template.resourcesOfType(DISTRIBUTION_TYPE)) {
    const list = mapGet(mapGet(distribution.properties, 'DistributionConfig'), 'Origins');
    const own: CloudFrontOrigin[] = [];
    if (!isSeq(list)) hasUnplacedOrigins = true;
    else {
      list.items.forEach((item, index) => {
        if (!isMap(item) || intrinsicName(item)) {
          hasUnplacedOrigins = true;
          return;
        }
        const path = ['Resources', distribution.id, 'Properties', 'DistributionConfig', 'Origins', index];
        const origin = readOrigin(template, distribution, item, path);
        if (origin.kind === 'custom' && !origin.targetId) hasUnplacedOrigins = true;
        own.push(origin);
      });
    }
    origins.push(...own);
    byDistribution.set(distribution.id, own);
  }
  const index = { origins, byDistribution, hasUnplacedOrigins };
  memo.set(template, index);
  return index;
}

/** True when a CloudFront distribution of this template uses the resource as an origin. */
export function isCloudFrontOrigin(template: Template, graph: ResourceGraph, resourceId: string): boolean {
  if (distributionIndex(template).origins.some((o) => o.targetId === resourceId)) return true;
  // The graph's semantic `origin` edges may know more ways to name an origin.
  return graph.incoming(resourceId, 'origin').some((edge) => template.resources.get(edge.from)?.type === DISTRIBUTION_TYPE);
}

/** The set of resources distributions use as origins, for rules that ask it per resource. */
export function cloudFrontOriginIds(template: Template, graph: ResourceGraph): Set<string> {
  const ids = new Set<string>();
  for (const origin of distributionIndex(template).origins) if (origin.targetId) ids.add(origin.targetId);
  for (const distribution of template.resourcesOfType(DISTRIBUTION_TYPE)) {
    for (const edge of graph.outgoing(distribution.id, 'origin')) ids.add(edge.to);
  }
  return ids;
}

/** A key that matches an origin `Id` with a `TargetOriginId` written the same way. */
export function originIdKey(template: Template, node: CfnNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = resolveString(template, node);
  return value !== undefined ? `v:${value}` : `n:${JSON.stringify(toPlain(node))}`;
}

const WEBSITE_ENDPOINT = /\.s3-website[.-]/i;
const REST_ENDPOINT = /\.s3([.-][^./\s]+)*\.(amazonaws\.com(\.cn)?|\$\{AWS::URLSuffix\})\.?$/i;
const REST_ATTRIBUTES = new Set(['DomainName', 'RegionalDomainName', 'DualStackDomainName']);

function readOrigin(template: Template, distribution: Resource, node: CfnMap, path: TemplatePath): CloudFrontOrigin {
  const domainName = mapGet(node, 'DomainName');
  const references = collectReferences(domainName, []).filter((r) => template.resources.has(r.target));
  const target = references[0];
  const targetType = target ? template.resources.get(target.target)?.type : undefined;
  const text = domainText(template, domainName);

  let kind: OriginKind = 'custom';
  if ((text && WEBSITE_ENDPOINT.test(text)) || (targetType === BUCKET_TYPE && target?.attribute === 'WebsiteURL')) kind = 's3-website';
  else if ((targetType === BUCKET_TYPE && REST_ATTRIBUTES.has(target?.attribute ?? '')) || (text && REST_ENDPOINT.test(text))) kind = 's3';
  else if (mapGet(node, 'S3OriginConfig') !== undefined) kind = 's3';

  let bucketId = targetType === BUCKET_TYPE ? target!.target : undefined;
  if (!bucketId && kind !== 'custom' && text && !text.includes('${')) bucketId = bucketIndex(template).bucketWithName(text.replace(/\.s3[.-].*$/i, ''));
  const targetId = target?.target ?? bucketId;

  const oacNode = mapGet(node, 'OriginAccessControlId');
  const oaiNode = mapGet(mapGet(node, 'S3OriginConfig'), 'OriginAccessIdentity');
  const oac = valueState(template, oacNode);
  const oai = valueState(template, oaiNode);
  const access: OriginAccess = oac === 'set' ? 'oac' : oai === 'set' ? 'oai' : oac === 'unknown' || oai === 'unknown' ? 'unknown' : 'none';
  const oacTarget = collectReferences(oacNode, []).find((r) => template.resources.get(r.target)?.type === OAC_TYPE);
  const oaiTarget = collectReferences(oaiNode, []).find((r) => template.resources.get(r.target)?.type === OAI_TYPE);

  return {
    distribution,
    node,
    path,
    idKey: originIdKey(template, mapGet(node, 'Id')),
    domainName,
    kind,
    targetId,
    bucketId,
    access,
    oacId: oacTarget?.target,
    oaiId: oaiTarget?.target,
  };
}

/**
 * The domain name as text, with references written `${X}` / `${X.Attr}` so endpoint
 * patterns (`${Bucket}.s3.${AWS::Region}.amazonaws.com`) can be recognised.
 */
function domainText(template: Template, node: CfnNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const literal = resolveString(template, node);
  if (literal !== undefined) return literal;
  const fn = intrinsicName(node);
  const arg = fn ? (node as CfnMap).entries[0].value : undefined;
  if (fn === 'Fn::Sub') return isSeq(arg) ? scalarString(arg.items[0]) : scalarString(arg);
  if (fn === 'Ref') return `\${${scalarString(arg)}}`;
  if (fn === 'Fn::GetAtt') {
    const parts = isSeq(arg) ? arg.items.map(scalarString) : (scalarString(arg) ?? '').split('.');
    return `\${${parts.join('.')}}`;
  }
  if (fn === 'Fn::Join' && isSeq(arg) && arg.items.length === 2 && isSeq(arg.items[1])) {
    const separator = scalarString(arg.items[0]) ?? '';
    const parts = arg.items[1].items.map((item) => domainText(template, item) ?? '${?}');
    return parts.join(separator);
  }
  return undefined;
}

type ValueState = 'absent' | 'empty' | 'set' | 'unknown';

/**
 * Whether an OAC id / OAI value is written: a reference to a resource is set, an empty
 * string is not, and a parameter without default or a condition whose branches differ
 * is unknown (so it never fires a rule).
 */
function valueState(template: Template, node: CfnNode | undefined, depth = 0): ValueState {
  if (node === undefined || isAbsent(node)) return 'absent';
  const resolved = resolveValue(template, node);
  if (resolved.known) return resolved.value === '' || resolved.value === null ? 'empty' : 'set';
  const fn = intrinsicName(node);
  if (fn === 'Fn::If' && depth < 8) {
    const branches = mapGet(node, 'Fn::If');
    if (!isSeq(branches) || branches.items.length !== 3) return 'unknown';
    const a = valueState(template, branches.items[1], depth + 1);
    const b = valueState(template, branches.items[2], depth + 1);
    return a === b ? a : 'unknown';
  }
  if (fn === 'Ref') return template.resources.has(scalarString(mapGet(node, 'Ref')) ?? '') ? 'set' : 'unknown';
  return 'set';
}

// ---------------------------------------------------------------------------------------
// Bodies the quick fixes write

export function distributionArn(distributionId: string): PlainValue {
  return { 'Fn::Sub': `arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${${distributionId}}` };
}

/** Read access for the distributions' OAC, scoped with `AWS:SourceArn` (the AWS-documented policy). */
export function cloudFrontReadStatement(bucketId: string, distributionIds: readonly string[]): PlainValue {
  const arns = distributionIds.map(distributionArn);
  return {
    Sid: 'AllowCloudFrontServicePrincipalReadOnly',
    Effect: 'Allow',
    Principal: { Service: 'cloudfront.amazonaws.com' },
    Action: 's3:GetObject',
    Resource: { 'Fn::Sub': `\${${bucketId}.Arn}/*` },
    Condition: { StringEquals: { 'AWS:SourceArn': arns.length === 1 ? arns[0] : arns } },
  };
}

/** Read access for a legacy origin access identity, through its S3 canonical user. */
export function oaiReadStatement(bucketId: string, oaiId: string): PlainValue {
  return {
    Sid: 'AllowOriginAccessIdentityRead',
    Effect: 'Allow',
    Principal: { CanonicalUser: { 'Fn::GetAtt': [oaiId, 'S3CanonicalUserId'] } },
    Action: 's3:GetObject',
    Resource: { 'Fn::Sub': `\${${bucketId}.Arn}/*` },
  };
}

export function bucketPolicyBody(bucketId: string, statements: PlainValue[]): PlainValue {
  return {
    Type: 'AWS::S3::BucketPolicy',
    Properties: {
      Bucket: { Ref: bucketId },
      PolicyDocument: { Version: '2012-10-17', Statement: statements },
    },
  };
}

export function originAccessControlBody(name: string): PlainValue {
  return {
    Type: OAC_TYPE,
    Properties: {
      OriginAccessControlConfig: {
        Name: { 'Fn::Sub': `\${AWS::StackName}-${name}` },
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    },
  };
}

/**
 * How to let CloudFront read a bucket: statements appended to its bucket policy, or a new
 * bucket policy (a resource for the caller to add). Undefined when the template's policy
 * can't be extended safely (several policies, a computed statement list).
 */
export function grantReadEdits(template: Template, bucketId: string, statements: PlainValue[]): { edit?: TextEdit; resource?: [string, PlainValue] } | undefined {
  const index = bucketIndex(template);
  const policies = index.policiesOf(bucketId);
  if (policies.length === 0) {
    if (index.hasUnlinkedPolicies) return undefined;
    return { resource: [freshLogicalId(template, `${bucketId}Policy`), bucketPolicyBody(bucketId, statements)] };
  }
  if (policies.length > 1) return undefined;
  const list = mapGet(mapGet(policies[0].properties, 'PolicyDocument'), 'Statement');
  if (!isSeq(list) || list.items.length === 0) return undefined;
  const combined = combineEdits(statements.map((statement) => appendItem(template, list, statement)));
  return combined?.length === 1 ? { edit: combined[0] } : undefined;
}

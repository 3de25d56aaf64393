/**
 * S3 buckets and their bucket policies: which policy belongs to which bucket, and what a
 * policy statement grants. Built once per template and shared by the storage rules.
 */
import { intrinsicName, isMap, isSeq, mapGet, scalarString, type CfnMap, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { isAbsent, resolveString, resolveStringList as stringList, resolveValue, wildcardMatch } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { referencedId } from '../../graph/references';

export const BUCKET_TYPE = 'AWS::S3::Bucket';
export const BUCKET_POLICY_TYPE = 'AWS::S3::BucketPolicy';

export interface BucketIndex {
  /** Bucket logical id → the bucket policies attached to it. */
  policiesOf(bucketId: string): Resource[];
  /** True when some bucket policy names a bucket this template can't tell (it may be any of them). */
  hasUnlinkedPolicies: boolean;
  /** The bucket of this template that a value names: `Ref`, `GetAtt`, or the bucket's own name. */
  bucketNamedBy(node: CfnNode | undefined): string | undefined;
  /** The bucket whose literal `BucketName` is `name`. */
  bucketWithName(name: string): string | undefined;
}

const memo = new WeakMap<Template, BucketIndex>();

export function bucketIndex(template: Template): BucketIndex {
  const cached = memo.get(template);
  if (cached) return cached;
  const byName = new Map<string, string>();
  for (const bucket of template.resourcesOfType(BUCKET_TYPE)) {
    const key = nameKey(template, mapGet(bucket.properties, 'BucketName'));
    if (key) byName.set(key, bucket.id);
  }
  const bucketNamedBy = (node: CfnNode | undefined): string | undefined => {
    const id = referencedId(node);
    if (id && template.resources.get(id)?.type === BUCKET_TYPE) return id;
    const key = nameKey(template, node);
    return key ? byName.get(key) : undefined;
  };
  const policies = new Map<string, Resource[]>();
  let hasUnlinkedPolicies = false;
  for (const policy of template.resourcesOfType(BUCKET_POLICY_TYPE)) {
    const bucketId = bucketNamedBy(mapGet(policy.properties, 'Bucket'));
    if (!bucketId) {
      hasUnlinkedPolicies = true;
      continue;
    }
    (policies.get(bucketId) ?? policies.set(bucketId, []).get(bucketId)!).push(policy);
  }
  const index: BucketIndex = {
    policiesOf: (bucketId) => policies.get(bucketId) ?? [],
    hasUnlinkedPolicies,
    bucketNamedBy,
    bucketWithName: (name) => byName.get(`name:${name}`),
  };
  memo.set(template, index);
  return index;
}

/**
 * What a bucket name is, as text that two places of the template can share: a literal,
 * or the text of a `Fn::Sub` (templates often write `!Sub ${App}-content-${AWS::Region}`
 * for the bucket and again for its policy).
 */
function nameKey(template: Template, node: CfnNode | undefined): string | undefined {
  if (node === undefined || isAbsent(node)) return undefined;
  const literal = resolveString(template, node);
  if (literal !== undefined) return `name:${literal}`;
  const sub = mapGet(node, 'Fn::Sub');
  const text = intrinsicName(node) === 'Fn::Sub' ? (isSeq(sub) ? undefined : scalarString(sub)) : undefined;
  return text !== undefined ? `sub:${text}` : undefined;
}

// ---------------------------------------------------------------------------------------
// Policy statements

export interface Statement {
  node: CfnMap;
  path: TemplatePath;
}

export interface Statements {
  statements: Statement[];
  /** True when part of the document is computed (`Fn::If`…), so it may grant more. */
  partial: boolean;
}

/** The statements of a bucket policy's `PolicyDocument`. */
export function policyStatements(policy: Resource): Statements {
  const base = ['Resources', policy.id, 'Properties', 'PolicyDocument', 'Statement'];
  const document = mapGet(policy.properties, 'PolicyDocument');
  const statement = mapGet(document, 'Statement');
  if (isMap(statement) && !intrinsicName(statement)) return { statements: [{ node: statement, path: base }], partial: false };
  if (!isSeq(statement)) return { statements: [], partial: true };
  const out: Statement[] = [];
  let partial = false;
  statement.items.forEach((item, index) => {
    if (isMap(item) && !intrinsicName(item)) out.push({ node: item, path: [...base, index] });
    else partial = true;
  });
  return { statements: out, partial };
}

/** 'Allow', 'Deny', or undefined when the template doesn't decide it. */
export function statementEffect(template: Template, statement: Statement): string | undefined {
  return resolveString(template, mapGet(statement.node, 'Effect'));
}


/** Whether the statement's actions include `action`; undefined when they are computed. */
export function statementAllows(template: Template, statement: Statement, action: string): boolean | undefined {
  const notAction = mapGet(statement.node, 'NotAction');
  if (notAction !== undefined) {
    const excluded = stringList(template, notAction);
    return excluded === undefined ? undefined : !excluded.some((pattern) => wildcardMatch(pattern, action));
  }
  const actions = stringList(template, mapGet(statement.node, 'Action'));
  return actions === undefined ? undefined : actions.some((pattern) => wildcardMatch(pattern, action));
}

/** `Principal: "*"` or `{ AWS: "*" }` is everyone; anything computed is unknown. */
export function principalIsEveryone(template: Template, statement: Statement): boolean | undefined {
  const principal = mapGet(statement.node, 'Principal');
  if (principal === undefined) return false;
  if (!isMap(principal) || intrinsicName(principal)) {
    const value = resolveValue(template, principal);
    return value.known ? value.value === '*' : undefined;
  }
  const aws = mapGet(principal, 'AWS');
  if (aws === undefined) return false;
  const values = stringList(template, aws);
  if (values === undefined) return undefined;
  return values.includes('*');
}

/** The service principals a statement names (lower case); undefined when computed. */
export function principalServices(template: Template, statement: Statement): string[] | undefined {
  const principal = mapGet(statement.node, 'Principal');
  if (!isMap(principal) || intrinsicName(principal)) return [];
  const values = stringList(template, mapGet(principal, 'Service'));
  return values?.map((v) => v.toLowerCase());
}

/**
 * True when the statement's principal is a CloudFront origin access identity: its S3
 * canonical user, or the legacy `arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity …`.
 */
export function principalIsOai(statement: Statement): boolean {
  const principal = mapGet(statement.node, 'Principal');
  if (!isMap(principal) || intrinsicName(principal)) return false;
  if (mapGet(principal, 'CanonicalUser') !== undefined) return true;
  const aws = mapGet(principal, 'AWS');
  return aws !== undefined && JSON.stringify(plainText(aws)).includes('CloudFront Origin Access Identity');
}

function plainText(node: CfnNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainText);
  return node.entries.map((e) => [e.key, plainText(e.value)]);
}

/** The condition keys a statement tests, in lower case (`aws:sourcearn`); undefined when computed. */
export function conditionKeys(statement: Statement): Set<string> | undefined {
  const condition = mapGet(statement.node, 'Condition');
  const keys = new Set<string>();
  if (condition === undefined) return keys;
  if (!isMap(condition) || intrinsicName(condition)) return undefined;
  for (const operator of condition.entries) {
    if (!isMap(operator.value) || intrinsicName(operator.value)) return undefined;
    for (const entry of operator.value.entries) keys.add(entry.key.toLowerCase());
  }
  return keys;
}

/**
 * Condition keys that narrow a `"*"` principal down to a known caller: a distribution
 * (`aws:SourceArn`), a VPC endpoint or VPC, an IP range, an account or organization.
 * `aws:Referer` and `aws:SecureTransport` don't: anyone can still read.
 */
const SCOPING_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:sourceip',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
]);

/** An `Allow` of `s3:GetObject` to everyone, with no condition that scopes the caller. */
export function isPublicReadStatement(template: Template, statement: Statement): boolean {
  if (statementEffect(template, statement) !== 'Allow') return false;
  if (principalIsEveryone(template, statement) !== true) return false;
  if (statementAllows(template, statement, 's3:GetObject') !== true) return false;
  const keys = conditionKeys(statement);
  return keys !== undefined && ![...keys].some((key) => SCOPING_KEYS.has(key));
}

/** The first public-read statement of the bucket's policies, if any. */
export function publicReadStatement(template: Template, bucketId: string): { policy: Resource; statement: Statement } | undefined {
  for (const policy of bucketIndex(template).policiesOf(bucketId)) {
    for (const statement of policyStatements(policy).statements) {
      if (isPublicReadStatement(template, statement)) return { policy, statement };
    }
  }
  return undefined;
}

export interface ReadGrants {
  /** `cloudfront.amazonaws.com` may read, scoped with `aws:SourceArn` (the OAC policy). */
  scopedService: boolean;
  /** A statement that lets `cloudfront.amazonaws.com` read without `aws:SourceArn`. */
  unscopedService: Statement | undefined;
  /** An origin access identity may read (canonical user or OAI ARN). */
  oai: boolean;
  /** A statement that lets anyone read. */
  everyone: { policy: Resource; statement: Statement } | undefined;
  /** Part of a policy is computed, so it may grant more than we can see. */
  partial: boolean;
}

/** Who the bucket's policies let read objects (`s3:GetObject`). */
export function bucketReadGrants(template: Template, bucketId: string): ReadGrants {
  const grants: ReadGrants = { scopedService: false, unscopedService: undefined, oai: false, everyone: undefined, partial: false };
  for (const policy of bucketIndex(template).policiesOf(bucketId)) {
    const { statements, partial } = policyStatements(policy);
    if (partial) grants.partial = true;
    for (const statement of statements) {
      const effect = statementEffect(template, statement);
      const reads = statementAllows(template, statement, 's3:GetObject');
      const services = principalServices(template, statement);
      if (effect === undefined || reads === undefined || services === undefined) {
        grants.partial = true;
        continue;
      }
      if (effect !== 'Allow' || !reads) continue;
      if (services.includes('cloudfront.amazonaws.com')) {
        const keys = conditionKeys(statement);
        if (keys === undefined || keys.has('aws:sourcearn')) grants.scopedService = true;
        else grants.unscopedService ??= statement;
      }
      if (principalIsOai(statement)) grants.oai = true;
      if (!grants.everyone && isPublicReadStatement(template, statement)) grants.everyone = { policy, statement };
    }
  }
  return grants;
}

/** Where a statement's principal is written, for a finding that points at it. */
export function principalPath(statement: Statement): TemplatePath {
  return mapGet(statement.node, 'Principal') !== undefined ? [...statement.path, 'Principal'] : statement.path;
}

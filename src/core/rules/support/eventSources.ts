/**
 * Who delivers events to whom, and who is allowed to. Lambda event source mappings and SAM
 * `Events` (pull sources), S3 notifications and EventBridge targets (push sources), the
 * resource policies that let a service deliver (Lambda permissions, queue and topic
 * policies), and the IAM statements attached to roles.
 *
 * Each function walks the resources of a few types once and returns an index, so a rule
 * stays linear in the size of the template. These are the `triggers` / `subscribes` /
 * `permission` edges in the making; once the graph carries them, rules can switch over.
 */
import { intrinsicName, isMap, isSeq, mapGet, scalarString, type CfnMap, type CfnNode, type TemplatePath } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveString, resolveStringList, wildcardMatch } from '../../model/values';
import { collectReferences, getAttTarget, subVariables } from '../../graph/references';
import { functionResolver } from './functionRefs';
import { addResource, appendItem, freshLogicalId } from '../../edit/templateEdits';
import type { PlainValue } from '../../edit/serialize';
import type { TextEdit } from '../../edit/textEdit';

// ---------------------------------------------------------------------------------------
// References

export interface ResourceReference {
  id: string;
  /** The GetAtt attribute (`Arn`, `StreamArn`), or undefined for a `Ref`. */
  attribute?: string;
}

/** `Ref X`, `GetAtt X.Attr` or a `Sub` that is exactly `${X}` / `${X.Attr}`. */
export function referenceOf(node: CfnNode | undefined): ResourceReference | undefined {
  if (!isMap(node) || node.entries.length !== 1) return undefined;
  const { key, value } = node.entries[0];
  if (key === 'Ref') {
    const id = scalarString(value);
    return id ? { id } : undefined;
  }
  if (key === 'Fn::GetAtt') {
    const target = getAttTarget(value);
    return target ? { id: target.target, attribute: target.attribute } : undefined;
  }
  if (key === 'Fn::Sub') {
    const text = isSeq(value) ? scalarString(value.items[0]) : scalarString(value);
    const variables = text ? subVariables(text) : [];
    if (variables.length !== 1 || !/^\$\{[^}]+\}$/.test(text!.trim())) return undefined;
    return { id: variables[0].name, attribute: variables[0].attribute };
  }
  return undefined;
}

/** The resource of a type set that `node` refers to directly. */
export function referencedResource(template: Template, node: CfnNode | undefined, types: readonly string[]): Resource | undefined {
  const reference = referenceOf(node);
  const resource = reference ? template.resources.get(reference.id) : undefined;
  return resource && types.includes(resource.type) ? resource : undefined;
}

/**
 * The Lambda function a value names: the function itself, or one of its aliases or
 * versions (`FunctionName: !Ref LiveAlias`), or SAM's `!Ref Fn.Alias`.
 */
export function functionIdOf(template: Template, node: CfnNode | undefined): string | undefined {
  const reference = referenceOf(node);
  return reference ? functionIdById(template, reference.id) : undefined;
}

/** The function behind a logical id: itself, or the function of an alias or version. */
export function functionIdById(template: Template, logicalId: string): string | undefined {
  return functionResolver(template).functionIdOfLogicalId(logicalId);
}

/** Logical ids of template resources that `node` mentions anywhere (Ref, GetAtt, Sub). */
export function mentionedResources(template: Template, node: CfnNode | undefined): Set<string> {
  const ids = new Set<string>();
  for (const reference of collectReferences(node, [])) if (template.resources.has(reference.target)) ids.add(reference.target);
  return ids;
}

/**
 * True when a resource's whole `Properties` is computed (`!If [C, {...}, {...}]`): then a
 * missing property is not known to be missing, and its default can't be assumed.
 */
export function hasOpaqueProperties(resource: Resource): boolean {
  return intrinsicName(resource.properties) !== undefined;
}

/** The values a node can take: both branches of `Fn::If`, without `AWS::NoValue`. */
export function branches(node: CfnNode | undefined): CfnNode[] {
  if (node === undefined) return [];
  if (intrinsicName(node) === 'Fn::If') {
    const args = mapGet(node, 'Fn::If');
    return isSeq(args) && args.items.length === 3 ? [...branches(args.items[1]), ...branches(args.items[2])] : [];
  }
  if (intrinsicName(node) === 'Ref' && scalarString(mapGet(node, 'Ref')) === 'AWS::NoValue') return [];
  return [node];
}

/** Items of a literal list, with `Fn::If` items expanded to both branches. */
export function listEntries(node: CfnNode | undefined): Array<{ node: CfnNode; index: number }> {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item, index) => branches(item).map((branch) => ({ node: branch, index })));
}

// ---------------------------------------------------------------------------------------
// Pull sources: event source mappings and SAM events

export type PullSourceKind = 'SQS' | 'DynamoDB' | 'Kinesis';

export interface EventSource {
  kind: PullSourceKind | 'unknown';
  functionId: string;
  /** The queue, table or stream read, when it is a resource of this template. */
  source: Resource | undefined;
  sourceReference: ResourceReference | undefined;
  /** The mapping's properties, or the SAM event's `Properties` (BatchSize, …). */
  properties: CfnMap | undefined;
  /** Path of those properties, for properties that are missing there. */
  propertiesPath: TemplatePath;
  /** The resource that carries the binding: the mapping, or the SAM function. */
  ownerId: string;
  /** SAM event name, for messages. */
  eventName?: string;
}

const SOURCE_KIND_BY_TYPE: Readonly<Record<string, PullSourceKind>> = {
  'AWS::SQS::Queue': 'SQS',
  'AWS::DynamoDB::Table': 'DynamoDB',
  'AWS::DynamoDB::GlobalTable': 'DynamoDB',
  'AWS::Kinesis::Stream': 'Kinesis',
};

/** Every Lambda pull source: `AWS::Lambda::EventSourceMapping` and SAM SQS/DynamoDB/Kinesis events. */
export function lambdaEventSources(template: Template): EventSource[] {
  const out: EventSource[] = [];
  for (const mapping of template.resourcesOfType('AWS::Lambda::EventSourceMapping')) {
    const functionId = functionIdOf(template, mapGet(mapping.properties, 'FunctionName'));
    if (!functionId) continue;
    const sourceReference = referenceOf(mapGet(mapping.properties, 'EventSourceArn'));
    const source = sourceReference ? template.resources.get(sourceReference.id) : undefined;
    out.push({
      kind: (source && SOURCE_KIND_BY_TYPE[source.type]) ?? 'unknown',
      functionId,
      source,
      sourceReference,
      properties: mapping.properties,
      propertiesPath: ['Resources', mapping.id, 'Properties'],
      ownerId: mapping.id,
    });
  }
  for (const event of samEvents(template)) {
    const kind = event.type === 'SQS' || event.type === 'DynamoDB' || event.type === 'Kinesis' ? event.type : undefined;
    if (!kind) continue;
    const sourceReference = referenceOf(mapGet(event.properties, kind === 'SQS' ? 'Queue' : 'Stream'));
    out.push({
      kind,
      functionId: event.functionId,
      source: sourceReference ? template.resources.get(sourceReference.id) : undefined,
      sourceReference,
      properties: event.properties,
      propertiesPath: event.propertiesPath,
      ownerId: event.functionId,
      eventName: event.name,
    });
  }
  return out;
}

export interface SamEvent {
  functionId: string;
  name: string;
  /** The literal `Type` (SQS, S3, Api, …), or undefined when it is not literal. */
  type: string | undefined;
  typePath: TemplatePath;
  properties: CfnMap | undefined;
  propertiesPath: TemplatePath;
}

/** The `Events` of every SAM function, Globals merged. */
export function samEvents(template: Template): SamEvent[] {
  const out: SamEvent[] = [];
  for (const fn of template.resourcesOfType('AWS::Serverless::Function')) {
    const events = mapGet(fn.effectiveProperties, 'Events');
    if (!isMap(events) || intrinsicName(events)) continue;
    for (const entry of events.entries) {
      if (!isMap(entry.value)) continue;
      const eventPath = template.pathOf(entry.value) ?? ['Resources', fn.id, 'Properties', 'Events', entry.key];
      const properties = mapGet(entry.value, 'Properties');
      out.push({
        functionId: fn.id,
        name: entry.key,
        type: scalarString(mapGet(entry.value, 'Type')),
        typePath: [...eventPath, 'Type'],
        properties: isMap(properties) ? properties : undefined,
        propertiesPath: isMap(properties) ? [...eventPath, 'Properties'] : eventPath,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Push sources: S3 notifications and EventBridge rules

export type PushTargetKind = 'lambda' | 'queue' | 'topic';

export interface PushTarget {
  /** The bucket or rule that sends the events. */
  sender: Resource;
  service: 's3.amazonaws.com' | 'events.amazonaws.com';
  kind: PushTargetKind;
  /** The function, queue or topic that receives them. */
  targetId: string;
  /** Where the target is named (the `Function`, `Queue`, `Topic` or `Arn` value). */
  path: TemplatePath;
}

const S3_CONFIGURATIONS: ReadonlyArray<[string, string, PushTargetKind]> = [
  ['LambdaConfigurations', 'Function', 'lambda'],
  ['QueueConfigurations', 'Queue', 'queue'],
  ['TopicConfigurations', 'Topic', 'topic'],
];

/** Functions, queues and topics that buckets of this template notify. */
export function bucketNotificationTargets(template: Template): PushTarget[] {
  const out: PushTarget[] = [];
  for (const bucket of template.resourcesOfType('AWS::S3::Bucket')) {
    const notification = mapGet(bucket.properties, 'NotificationConfiguration');
    if (!isMap(notification)) continue;
    for (const [listKey, targetKey, kind] of S3_CONFIGURATIONS) {
      const list = mapGet(notification, listKey);
      if (!isSeq(list)) continue;
      list.items.forEach((item, index) => {
        const value = mapGet(item, targetKey);
        const targetId = kind === 'lambda' ? functionIdOf(template, value) : referencedResource(template, value, [kind === 'queue' ? 'AWS::SQS::Queue' : 'AWS::SNS::Topic'])?.id;
        if (!targetId || !value) return;
        const path = template.pathOf(value) ?? ['Resources', bucket.id, 'Properties', 'NotificationConfiguration', listKey, index, targetKey];
        out.push({ sender: bucket, service: 's3.amazonaws.com', kind, targetId, path });
      });
    }
  }
  return out;
}

/** Lambda functions that EventBridge rules (event patterns and schedules) of this template target. */
export function eventRuleLambdaTargets(template: Template): PushTarget[] {
  const out: PushTarget[] = [];
  for (const rule of template.resourcesOfType('AWS::Events::Rule')) {
    const targets = mapGet(rule.properties, 'Targets');
    if (!isSeq(targets)) continue;
    for (const target of targets.items) {
      const arn = mapGet(target, 'Arn');
      const functionId = functionIdOf(template, arn);
      if (!functionId || !arn) continue;
      out.push({ sender: rule, service: 'events.amazonaws.com', kind: 'lambda', targetId: functionId, path: template.pathOf(arn) ?? ['Resources', rule.id, 'Properties', 'Targets'] });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Resource policies: who may deliver

export interface Grant {
  /** The AWS service that must be allowed (`s3.amazonaws.com`). */
  service: string;
  /** Any of these actions will do (`sqs:SendMessage`). */
  actions: readonly string[];
  /** The sender; a policy scoped with `aws:SourceArn` to another resource of the template doesn't count. */
  sourceId: string;
}

/**
 * The statements of a policy document, with `Fn::If` alternatives expanded. Undefined
 * when the document is not written out in the template (then it may allow anything).
 */
export function policyStatements(document: CfnNode | undefined): CfnNode[] | undefined {
  const documents = branches(document);
  if (documents.length === 0 || documents.some((d) => !isMap(d) || intrinsicName(d))) return undefined;
  const out: CfnNode[] = [];
  for (const doc of documents) {
    const statement = mapGet(doc, 'Statement');
    const alternatives = branches(statement);
    if (alternatives.length === 0) return undefined;
    for (const alternative of alternatives) {
      if (isSeq(alternative)) out.push(...alternative.items.flatMap(branches));
      else if (isMap(alternative) && !intrinsicName(alternative)) out.push(alternative);
      else return undefined;
    }
  }
  return out;
}

/**
 * Whether a resource-policy statement lets `grant.service` perform one of `grant.actions`.
 * Anything the template doesn't decide counts as allowed, so rules never fire on it.
 */
export function statementGrants(template: Template, statement: CfnNode, grant: Grant): boolean {
  if (!isMap(statement) || intrinsicName(statement)) return true;
  if (resolveString(template, mapGet(statement, 'Effect')) === 'Deny') return false;
  if (!mapGet(statement, 'NotPrincipal') && !principalMatches(template, mapGet(statement, 'Principal'), grant.service)) return false;
  if (!mapGet(statement, 'NotAction') && !actionMatches(template, mapGet(statement, 'Action'), grant.actions)) return false;
  return sourceMatches(template, mapGet(statement, 'Condition'), grant.sourceId);
}

function principalMatches(template: Template, principal: CfnNode | undefined, service: string): boolean {
  if (principal === undefined) return false;
  const literal = resolveString(template, principal);
  if (literal !== undefined) return literal === '*';
  if (!isMap(principal) || intrinsicName(principal)) return true;
  const wanted = [service.toLowerCase(), '*'];
  for (const entry of principal.entries) {
    const values = resolveStringList(template, entry.value);
    // A computed service name may be the one (`!Sub s3.${AWS::URLSuffix}`); a computed
    // account or role ARN is still not a service.
    if (entry.key === 'Service' && (values === undefined || values.some((v) => wanted.includes(v.toLowerCase())))) return true;
    if (entry.key === 'AWS' && values?.includes('*')) return true;
  }
  return false;
}

function actionMatches(template: Template, action: CfnNode | undefined, actions: readonly string[]): boolean {
  const values = resolveStringList(template, action);
  if (values === undefined) return true;
  return values.some((pattern) => actions.some((wanted) => wildcardMatch(pattern, wanted)));
}


/** `aws:SourceArn` conditions that name other resources of this template exclude the sender. */
function sourceMatches(template: Template, condition: CfnNode | undefined, sourceId: string): boolean {
  if (!isMap(condition) || intrinsicName(condition)) return true;
  for (const operator of condition.entries) {
    if (!isMap(operator.value)) continue;
    for (const entry of operator.value.entries) {
      if (entry.key.toLowerCase() !== 'aws:sourcearn') continue;
      const named = mentionedResources(template, entry.value);
      if (named.size > 0 && !named.has(sourceId)) return false;
    }
  }
  return true;
}

/** `AWS::Lambda::Permission` resources by the function they open (aliases count for their function). */
export function lambdaPermissionsByFunction(template: Template): Map<string, Resource[]> {
  const out = new Map<string, Resource[]>();
  for (const permission of template.resourcesOfType('AWS::Lambda::Permission')) {
    const functionId = functionIdOf(template, mapGet(permission.properties, 'FunctionName'));
    if (!functionId) continue;
    (out.get(functionId) ?? out.set(functionId, []).get(functionId)!).push(permission);
  }
  return out;
}

/** Whether one of these permissions lets `service` invoke the function for `sourceId`. */
export function permissionsAllow(template: Template, permissions: readonly Resource[] | undefined, service: string, sourceId: string): boolean {
  return (permissions ?? []).some((permission) => {
    const props = permission.properties;
    const principal = resolveString(template, mapGet(props, 'Principal'));
    if (principal !== undefined && principal !== '*' && principal.toLowerCase() !== service) return false;
    const action = resolveString(template, mapGet(props, 'Action'));
    if (action !== undefined && !wildcardMatch(action, 'lambda:InvokeFunction')) return false;
    const named = mentionedResources(template, mapGet(props, 'SourceArn'));
    return named.size === 0 || named.has(sourceId);
  });
}

/** Resource policies of one kind (queue or topic policies) attached to one queue or topic. */
export interface AttachedPolicies {
  policies: Resource[];
}

/** Policy resources of `policyType` by the queue or topic (of `targetType`) they name in `targetsKey`. */
export function policiesByTarget(template: Template, policyType: string, targetsKey: string, targetType: string): Map<string, AttachedPolicies> {
  const out = new Map<string, AttachedPolicies>();
  for (const policy of template.resourcesOfType(policyType)) {
    // Permissive: any queue/topic mentioned in the list (Fn::If branches too) is covered.
    for (const id of mentionedResources(template, mapGet(policy.properties, targetsKey))) {
      if (template.resources.get(id)?.type !== targetType) continue;
      (out.get(id) ?? out.set(id, { policies: [] }).get(id)!).policies.push(policy);
    }
  }
  return out;
}

/** Whether the attached policies let the service deliver; a policy the template doesn't spell out counts as yes. */
export function policiesAllow(template: Template, attached: AttachedPolicies | undefined, grant: Grant): boolean {
  return (attached?.policies ?? []).some((policy) => {
    const statements = policyStatements(mapGet(policy.properties, 'PolicyDocument'));
    return !statements || statements.some((statement) => statementGrants(template, statement, grant));
  });
}

// ---------------------------------------------------------------------------------------
// Identity policies: what roles may do

/**
 * The identity-policy statements attached to each role of the template: the role's inline
 * `Policies`, and `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` resources that name it in
 * `Roles` or that it lists in `ManagedPolicyArns`.
 */
export function roleStatements(template: Template): Map<string, CfnNode[]> {
  const out = new Map<string, CfnNode[]>();
  const add = (roleId: string, statements: CfnNode[] | undefined) => {
    if (!statements || template.resources.get(roleId)?.type !== 'AWS::IAM::Role') return;
    (out.get(roleId) ?? out.set(roleId, []).get(roleId)!).push(...statements);
  };
  const managedById = new Map<string, CfnNode[] | undefined>();
  for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
    for (const policy of template.resourcesOfType(type)) {
      const statements = policyStatements(mapGet(policy.properties, 'PolicyDocument'));
      if (type === 'AWS::IAM::ManagedPolicy') managedById.set(policy.id, statements);
      for (const roleId of mentionedResources(template, mapGet(policy.properties, 'Roles'))) add(roleId, statements);
    }
  }
  for (const role of template.resourcesOfType('AWS::IAM::Role')) {
    const policies = mapGet(role.properties, 'Policies');
    for (const { node } of listEntries(policies)) add(role.id, policyStatements(mapGet(node, 'PolicyDocument')));
    for (const managedId of mentionedResources(template, mapGet(role.properties, 'ManagedPolicyArns'))) {
      if (managedById.has(managedId)) add(role.id, managedById.get(managedId));
    }
  }
  return out;
}

/** Resources that an Allow statement grants one of `actions` on (by reference in `Resource`). */
export function resourcesGrantedTo(template: Template, statements: readonly CfnNode[], actions: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const statement of statements) {
    if (!isMap(statement) || resolveString(template, mapGet(statement, 'Effect')) !== 'Allow') continue;
    const values = resolveStringList(template, mapGet(statement, 'Action'));
    if (!values || !values.some((pattern) => actions.some((action) => wildcardMatch(pattern, action)))) continue;
    for (const id of mentionedResources(template, mapGet(statement, 'Resource'))) out.add(id);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Fix: let a service deliver, through a queue or topic policy

export interface PolicyGrantFix {
  edits: TextEdit[];
  /** The policy that now carries the statement (new or existing), for a DependsOn. */
  policyId: string;
}

/**
 * Adds `statement` to the resource policy of `targetId`. An existing policy gets one more
 * statement (a second policy resource would silently replace the first one); otherwise a
 * new policy resource is added with a fresh logical id.
 */
export function grantOnResourcePolicy(
  template: Template,
  options: { targetId: string; attached: AttachedPolicies | undefined; policyType: string; targetsKey: string; statement: PlainValue; newPolicyBase: string },
): PolicyGrantFix | undefined {
  const { targetId, attached, policyType, targetsKey, statement } = options;
  if (attached && attached.policies.length > 0) {
    if (attached.policies.length !== 1) return undefined;
    const policy = attached.policies[0];
    const list = mapGet(mapGet(policy.properties, 'PolicyDocument'), 'Statement');
    const edit = isSeq(list) ? appendItem(template, list, statement) : undefined;
    return edit ? { edits: [edit], policyId: policy.id } : undefined;
  }
  const policyId = freshLogicalId(template, options.newPolicyBase);
  const edit = addResource(template, policyId, {
    Type: policyType,
    Properties: {
      [targetsKey]: targetsKey === 'TopicArn' ? { Ref: targetId } : [{ Ref: targetId }],
      PolicyDocument: { Version: '2012-10-17', Statement: [statement] },
    },
  });
  return edit ? { edits: [edit], policyId } : undefined;
}

/**
 * The ARN of a bucket written without referring to the bucket resource itself: a bucket
 * that notifies a target must depend on the target's permission, so the permission can't
 * `GetAtt` the bucket. Undefined when the bucket's name isn't given in the template.
 */
export function bucketArnWithoutCycle(template: Template, bucket: Resource): PlainValue | undefined {
  const name = mapGet(bucket.properties, 'BucketName');
  const literal = scalarString(name);
  if (literal !== undefined && !literal.includes('${')) return { 'Fn::Sub': `arn:\${AWS::Partition}:s3:::${literal}` };
  const reference = referenceOf(name);
  if (reference && !reference.attribute && template.parameters.has(reference.id)) return { 'Fn::Sub': `arn:\${AWS::Partition}:s3:::\${${reference.id}}` };
  // `!Sub ${AWS::StackName}-uploads` (without a variable map) can be reused inside the ARN.
  const sub = mapGet(name, 'Fn::Sub');
  if (intrinsicName(name) === 'Fn::Sub' && typeof scalarString(sub) === 'string') return { 'Fn::Sub': `arn:\${AWS::Partition}:s3:::${scalarString(sub)}` };
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Synchronous callers: APIs in front of functions

/** Resources whose integration names the function an API request invokes. */
const API_INTEGRATIONS: ReadonlyArray<[string, string]> = [
  ['AWS::ApiGateway::Method', 'Integration'],
  ['AWS::ApiGatewayV2::Integration', 'IntegrationUri'],
  ['AWS::ApiGatewayV2::Api', 'Target'],
  ['AWS::ApiGateway::RestApi', 'Body'],
  ['AWS::ApiGatewayV2::Api', 'Body'],
  ['AWS::Serverless::Api', 'DefinitionBody'],
  ['AWS::Serverless::HttpApi', 'DefinitionBody'],
  ['AWS::ElasticLoadBalancingV2::TargetGroup', 'Targets'],
];

/**
 * Function → the APIs that call it synchronously: API Gateway methods and integrations,
 * OpenAPI bodies, SAM `Api`/`HttpApi` events, and ALB target groups of type lambda.
 */
export function apiInvokedFunctions(template: Template): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (functionId: string | undefined, api: string) => {
    if (!functionId) return;
    const list = out.get(functionId) ?? out.set(functionId, []).get(functionId)!;
    if (!list.includes(api)) list.push(api);
  };
  for (const [type, key] of API_INTEGRATIONS) {
    for (const api of template.resourcesOfType(type)) {
      // Name the API itself where the resource says which one it belongs to.
      const owner = referenceOf(mapGet(api.properties, 'RestApiId') ?? mapGet(api.properties, 'ApiId'))?.id ?? api.id;
      for (const id of mentionedResources(template, mapGet(api.properties, key))) add(functionIdById(template, id), owner);
    }
  }
  for (const event of samEvents(template)) {
    if (event.type !== 'Api' && event.type !== 'HttpApi') continue;
    // Without RestApiId/ApiId, SAM creates the implicit ServerlessRestApi / ServerlessHttpApi.
    const explicit = referenceOf(mapGet(event.properties, event.type === 'Api' ? 'RestApiId' : 'ApiId'))?.id;
    add(event.functionId, explicit ?? (event.type === 'Api' ? 'ServerlessRestApi' : 'ServerlessHttpApi'));
  }
  return out;
}

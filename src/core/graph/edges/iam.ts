import { intrinsicName, isMap, isSeq, mapGet, scalarString, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Resource } from '../../model/template';
import { itemsOf, type EdgeContext } from './context';
import { actionsCanApply } from './iamServices';

/** A permission a policy grants: the resource it names, where, and the first action. */
interface Grant {
  to: string;
  statement: CfnNode;
  action: string | undefined;
}

/** SAM resources with a `Policies` property (inline statements, managed policies, policy templates). */
const SAM_POLICY_HOLDERS = ['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'];

/**
 * `permission`: who may act on which resource of the template, from IAM policy statements
 * whose `Resource` names a logical id (Ref, GetAtt, Sub, Join). Only `Allow` statements
 * count, and only where an action can apply to the named resource (see `actionsCanApply`).
 * Origin: the statement (several `Resource` entries naming one resource in one statement
 * give one edge); detail: the statement's first action.
 *
 * - `AWS::IAM::Role` inline `Policies` → from the role.
 * - `AWS::IAM::Policy`, `ManagedPolicy`, `RolePolicy` → from the policy, and also from each
 *   role it attaches to (`Roles`, `RoleName`, or a role's `ManagedPolicyArns`), since the
 *   role is what a function or instance runs as.
 * - SAM `Policies` → from the function/state machine: inline statements, `Ref`s to managed
 *   policies of the template, and policy templates (`DynamoDBCrudPolicy: {TableName: !Ref T}`)
 *   with detail = the template name and origin = the `Policies` entry.
 * - SAM connectors (`AWS::Serverless::Connector`, or a resource's `Connectors`) → from the
 *   source to the destination, detail = the permissions ("Read, Write").
 *
 * Resource-based policies (bucket, queue, topic policies) are left out: they say who may
 * call the resource, usually a service principal that is not a node.
 */
export function addIamEdges(ctx: EdgeContext): void {
  const grantsByPolicy = new Map<string, Grant[]>();
  for (const policy of ctx.resourcesOf('AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy')) {
    const grants = documentGrants(ctx, mapGet(policy.effectiveProperties, 'PolicyDocument'));
    grantsByPolicy.set(policy.id, grants);
    linkGrants(ctx, policy.id, grants);
    const properties = policy.effectiveProperties;
    for (const role of [...itemsOf(mapGet(properties, 'Roles')), mapGet(properties, 'RoleName')].flatMap((item) => ctx.namedIn(item))) {
      linkGrants(ctx, role, grants);
    }
  }

  for (const role of ctx.resourcesOf('AWS::IAM::Role')) {
    const properties = role.effectiveProperties;
    for (const policy of itemsOf(mapGet(properties, 'Policies'))) linkGrants(ctx, role.id, documentGrants(ctx, mapGet(policy, 'PolicyDocument')));
    for (const managed of itemsOf(mapGet(properties, 'ManagedPolicyArns')).flatMap((item) => ctx.namedIn(item))) {
      linkGrants(ctx, role.id, grantsByPolicy.get(managed) ?? []);
    }
  }

  for (const holder of ctx.resourcesOf(...SAM_POLICY_HOLDERS)) addSamPolicies(ctx, holder, grantsByPolicy);
  addConnectors(ctx);
}

function linkGrants(ctx: EdgeContext, from: string, grants: Grant[]): void {
  for (const grant of grants) ctx.link(from, grant.to, 'permission', grant.statement, grant.action);
}

/** The grants of a policy document: `Statement` may be one map or a list. */
function documentGrants(ctx: EdgeContext, document: CfnNode | undefined): Grant[] {
  const grants: Grant[] = [];
  for (const statement of itemsOf(mapGet(document, 'Statement'))) {
    if (resolveString(ctx.template, mapGet(statement, 'Effect')) === 'Deny') continue;
    const actions = itemsOf(mapGet(statement, 'Action')).map((action) => resolveString(ctx.template, action));
    const action = actions.find((a) => a !== undefined);
    for (const named of ctx.namedIn(mapGet(statement, 'Resource'))) {
      const to = ctx.behindAlias(named);
      if (actionsCanApply(actions, ctx.typeOf(to))) grants.push({ to, statement, action });
    }
  }
  return grants;
}

/**
 * SAM `Policies` is a string, a map or a list of them. A map with `Statement` is an inline
 * document; a `Ref` names a managed policy; any other one-key map is a policy template.
 */
function addSamPolicies(ctx: EdgeContext, holder: Resource, grantsByPolicy: Map<string, Grant[]>): void {
  for (const policy of itemsOf(mapGet(holder.effectiveProperties, 'Policies'))) {
    if (!isMap(policy)) continue;
    if (mapGet(policy, 'Statement') !== undefined) {
      linkGrants(ctx, holder.id, documentGrants(ctx, policy));
    } else if (intrinsicName(policy)) {
      for (const managed of ctx.namedIn(policy)) linkGrants(ctx, holder.id, grantsByPolicy.get(managed) ?? []);
    } else if (policy.entries.length === 1) {
      const { key: templateName, value: parameters } = policy.entries[0];
      for (const to of ctx.namedIn(parameters)) ctx.link(holder.id, ctx.behindAlias(to), 'permission', policy, templateName);
    }
  }
}

/** Connectors: standalone resources, or embedded under a resource's `Connectors` attribute. */
function addConnectors(ctx: EdgeContext): void {
  for (const connector of ctx.resourcesOf('AWS::Serverless::Connector')) {
    const properties = connector.effectiveProperties;
    const source = connectorEnd(ctx, mapGet(properties, 'Source'));
    linkConnector(ctx, source, properties, ['Resources', connector.id]);
  }
  for (const resource of ctx.template.resources.values()) {
    const embedded = mapGet(resource.node, 'Connectors');
    if (!isMap(embedded)) continue;
    for (const entry of embedded.entries) linkConnector(ctx, resource.id, mapGet(entry.value, 'Properties'), entry.value);
  }
}

function linkConnector(ctx: EdgeContext, source: string | undefined, properties: CfnNode | undefined, declaredAt: CfnNode | (string | number)[]): void {
  if (!source) return;
  const permissions = itemsOf(mapGet(properties, 'Permissions')).map((item) => scalarString(item)).filter(Boolean).join(', ') || undefined;
  const destinations = mapGet(properties, 'Destination');
  for (const destination of isSeq(destinations) ? destinations.items : [destinations]) {
    const to = connectorEnd(ctx, destination);
    if (to) ctx.link(source, to, 'permission', declaredAt, permissions);
  }
}

/** A connector end is `{Id: LogicalId}`; ends given by ARN (`{Arn, Type}`) are outside the template. */
function connectorEnd(ctx: EdgeContext, end: CfnNode | undefined): string | undefined {
  const id = scalarString(mapGet(end, 'Id'));
  return id && ctx.resource(id) ? id : undefined;
}

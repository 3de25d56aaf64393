/**
 * Identity-based IAM policy statements wherever a template writes them: roles, users and
 * groups (inline `Policies`), standalone policies, and SAM `Policies`. Collected once per
 * template and shared by the IAM rules.
 */
import { intrinsicName, isMap, isScalar, isSeq, mapGet, scalarString, type CfnMap, type CfnNode, type TemplatePath } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { referencedId } from '../../graph/references';

export interface PolicyStatement {
  /** The resource that writes the statement. */
  resource: Resource;
  statement: CfnMap;
  path: TemplatePath;
}

interface PolicyIndex {
  statements: PolicyStatement[];
  /** Role id → statements that apply to it (its own, and policies that name it in `Roles`). */
  byRole: Map<string, PolicyStatement[]>;
  /** Resource id → the statements it writes itself. */
  byResource: Map<string, PolicyStatement[]>;
}

const memo = new WeakMap<Template, PolicyIndex>();

const INLINE_POLICY_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];
const STANDALONE_POLICY_TYPES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'];
const SAM_POLICY_TYPES = ['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'];

function policyIndex(template: Template): PolicyIndex {
  const cached = memo.get(template);
  if (cached) return cached;
  const statements: PolicyStatement[] = [];
  const byRole = new Map<string, PolicyStatement[]>();
  const addToRole = (role: string | undefined, found: PolicyStatement[]) => {
    if (!role || template.resources.get(role)?.type !== 'AWS::IAM::Role') return;
    (byRole.get(role) ?? byRole.set(role, []).get(role)!).push(...found);
  };

  for (const type of INLINE_POLICY_TYPES) {
    for (const resource of template.resourcesOfType(type)) {
      const policies = mapGet(resource.properties, 'Policies');
      if (!isSeq(policies)) continue;
      const found: PolicyStatement[] = [];
      policies.items.forEach((policy, index) => {
        found.push(...documentStatements(resource, mapGet(policy, 'PolicyDocument'), ['Resources', resource.id, 'Properties', 'Policies', index, 'PolicyDocument']));
      });
      statements.push(...found);
      if (type === 'AWS::IAM::Role') addToRole(resource.id, found);
    }
  }
  for (const type of STANDALONE_POLICY_TYPES) {
    for (const resource of template.resourcesOfType(type)) {
      const found = documentStatements(resource, mapGet(resource.properties, 'PolicyDocument'), ['Resources', resource.id, 'Properties', 'PolicyDocument']);
      statements.push(...found);
      const roles = mapGet(resource.properties, 'Roles');
      if (isSeq(roles)) for (const role of roles.items) addToRole(referencedId(role), found);
      addToRole(referencedId(mapGet(resource.properties, 'RoleName')), found);
    }
  }
  for (const type of SAM_POLICY_TYPES) {
    for (const resource of template.resourcesOfType(type)) {
      // SAM: Policies is a managed policy name, a document, or a list of names, SAM policy
      // templates ({ S3ReadPolicy: … }) and documents ({ Statement: … }).
      const policies = mapGet(resource.properties, 'Policies');
      const base = ['Resources', resource.id, 'Properties', 'Policies'];
      if (isMap(policies)) statements.push(...documentStatements(resource, policies, base));
      else if (isSeq(policies)) {
        policies.items.forEach((item, index) => {
          if (isMap(item) && mapGet(item, 'Statement') !== undefined) statements.push(...documentStatements(resource, item, [...base, index]));
        });
      }
    }
  }
  const byResource = new Map<string, PolicyStatement[]>();
  for (const entry of statements) (byResource.get(entry.resource.id) ?? byResource.set(entry.resource.id, []).get(entry.resource.id)!).push(entry);
  const index = { statements, byRole, byResource };
  memo.set(template, index);
  return index;
}

function documentStatements(resource: Resource, document: CfnNode | undefined, path: TemplatePath): PolicyStatement[] {
  const statement = mapGet(document, 'Statement');
  if (isMap(statement) && !intrinsicName(statement)) return [{ resource, statement, path: [...path, 'Statement'] }];
  if (!isSeq(statement)) return [];
  const out: PolicyStatement[] = [];
  statement.items.forEach((item, index) => {
    if (isMap(item) && !intrinsicName(item)) out.push({ resource, statement: item, path: [...path, 'Statement', index] });
  });
  return out;
}

/** Every identity-policy statement of the template. */
export function identityStatements(template: Template): PolicyStatement[] {
  return policyIndex(template).statements;
}

/** Statements that apply to a role of this template. */
export function roleStatements(template: Template, roleId: string): PolicyStatement[] {
  return policyIndex(template).byRole.get(roleId) ?? [];
}

/** Statements a resource writes itself (a SAM function's `Policies`, a role's inline policies). */
export function ownStatements(template: Template, resourceId: string): PolicyStatement[] {
  return policyIndex(template).byResource.get(resourceId) ?? [];
}

/** The values of `Action`/`Resource` (a string or a list), each with its node and path. */
export function statementValues(template: Template, entry: PolicyStatement, key: string): Array<{ node: CfnNode; value: string | undefined; path: TemplatePath }> | undefined {
  const node = mapGet(entry.statement, key);
  if (node === undefined) return undefined;
  if (isSeq(node)) return node.items.map((item, i) => ({ node: item, value: resolveString(template, item), path: [...entry.path, key, i] }));
  if (intrinsicName(node) && !isScalar(node) && resolveString(template, node) === undefined) return undefined;
  return [{ node, value: resolveString(template, node), path: [...entry.path, key] }];
}

export function statementEffect(template: Template, entry: PolicyStatement): string | undefined {
  return resolveString(template, mapGet(entry.statement, 'Effect'));
}

/** SAM policy templates and AWS managed policies that grant S3 access. */
const S3_SAM_TEMPLATES = /^S3(Read|Write|Crud|FullAccess)Policy$/;
const S3_MANAGED_POLICY = /:policy\/(AmazonS3|service-role\/AmazonS3)/;

/** True when a role (or a SAM function's own Policies) names S3 actions. */
export function grantsS3(template: Template, statements: readonly PolicyStatement[], extraPolicies?: CfnNode, managedArns?: CfnNode): boolean {
  for (const entry of statements) {
    if (statementEffect(template, entry) !== 'Allow') continue;
    const actions = statementValues(template, entry, 'Action') ?? [];
    if (actions.some((a) => a.value?.toLowerCase().startsWith('s3:'))) return true;
  }
  const names: CfnNode[] = [];
  if (isSeq(extraPolicies)) names.push(...extraPolicies.items);
  else if (extraPolicies) names.push(extraPolicies);
  if (isSeq(managedArns)) names.push(...managedArns.items);
  for (const item of names) {
    if (isMap(item) && !intrinsicName(item) && item.entries.some((e) => S3_SAM_TEMPLATES.test(e.key))) return true;
    const name = resolveString(template, item) ?? scalarString(item);
    if (name && (S3_MANAGED_POLICY.test(name) || /^AmazonS3/.test(name))) return true;
  }
  return false;
}

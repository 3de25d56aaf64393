import type { TemplateBuilder } from '../builder';
import type { InlineCode } from '../code/inlineCode';
import { getAtt, ref, type Value, type ValueMap } from '../values';
import { assumedBy, inlinePolicy, managedPolicy, type Statement } from './iam';

export const NODE_RUNTIME = 'nodejs22.x';

export interface LambdaSpec {
  /** Logical id of the function; the role and log group take it as their prefix. */
  id: string;
  comment: string;
  description: string;
  code: InlineCode;
  timeout?: number;
  memorySize?: number;
  environment?: ValueMap;
  /** Least-privilege permissions beyond writing logs. */
  statements?: Statement[];
  /** AWS managed policies by path, e.g. `service-role/AWSLambdaSQSQueueExecutionRole`. */
  managedPolicies?: string[];
  vpc?: { subnetIds: Value[]; securityGroupIds: Value[] };
  /** `Layers` value, for code that needs a library the runtime doesn't bundle. */
  layers?: Value;
  condition?: string;
}

export interface LambdaIds {
  fn: string;
  role: string;
  logGroup: string;
}

/**
 * A Node.js function with inline code, its own execution role (one role per function,
 * least privilege) and a log group with a retention period, so logs don't pile up forever.
 */
export function lambdaFunction(t: TemplateBuilder, spec: LambdaSpec): LambdaIds {
  const ids: LambdaIds = { fn: spec.id, role: `${spec.id}Role`, logGroup: `${spec.id}Logs` };
  const extras = spec.condition ? { condition: spec.condition } : {};
  const basePolicy = spec.vpc ? 'service-role/AWSLambdaVPCAccessExecutionRole' : 'service-role/AWSLambdaBasicExecutionRole';
  const role: ValueMap = {
    AssumeRolePolicyDocument: assumedBy('lambda.amazonaws.com'),
    ManagedPolicyArns: [basePolicy, ...(spec.managedPolicies ?? [])].map(managedPolicy),
  };
  if (spec.statements?.length) role.Policies = [inlinePolicy(`${spec.id}Access`, spec.statements)];
  t.resource(ids.role, 'AWS::IAM::Role', role, `Execution role of ${spec.id}: only what its code calls.`, extras);

  t.resource(ids.logGroup, 'AWS::Logs::LogGroup', { RetentionInDays: 14 }, undefined, extras);

  const properties: ValueMap = {
    Description: spec.description,
    Runtime: NODE_RUNTIME,
    Architectures: ['arm64'],
    Handler: 'index.handler',
    Role: getAtt(ids.role, 'Arn'),
    Timeout: spec.timeout ?? 10,
    MemorySize: spec.memorySize ?? 256,
  };
  if (spec.environment) properties.Environment = { Variables: spec.environment };
  if (spec.vpc) properties.VpcConfig = { SubnetIds: spec.vpc.subnetIds, SecurityGroupIds: spec.vpc.securityGroupIds };
  if (spec.layers) properties.Layers = spec.layers;
  properties.LoggingConfig = { LogGroup: ref(ids.logGroup) };
  properties.Code = { ZipFile: spec.code.source };
  t.resource(ids.fn, 'AWS::Lambda::Function', properties, spec.comment, extras);
  return ids;
}

/** Lets a service invoke the function, scoped to the one source that should. */
export function invokePermission(
  t: TemplateBuilder,
  id: string,
  fn: string,
  principal: string,
  sourceArn: Value,
  comment: string,
  extras: { sourceAccount?: boolean; condition?: string } = {},
): string {
  const properties: ValueMap = { Action: 'lambda:InvokeFunction', FunctionName: ref(fn), Principal: principal, SourceArn: sourceArn };
  if (extras.sourceAccount) properties.SourceAccount = ref('AWS::AccountId');
  return t.resource(id, 'AWS::Lambda::Permission', properties, comment, extras.condition ? { condition: extras.condition } : {});
}

/** Lambda polls a queue or stream and hands the function batches. */
export function eventSourceMapping(
  t: TemplateBuilder,
  id: string,
  fn: string,
  sourceArn: Value,
  comment: string,
  options: { batchSize?: number; startingPosition?: 'LATEST' | 'TRIM_HORIZON'; batchWindow?: number; partialFailures?: boolean; extra?: ValueMap } = {},
): string {
  const properties: ValueMap = { EventSourceArn: sourceArn, FunctionName: ref(fn) };
  if (options.batchSize) properties.BatchSize = options.batchSize;
  if (options.batchWindow) properties.MaximumBatchingWindowInSeconds = options.batchWindow;
  if (options.startingPosition) properties.StartingPosition = options.startingPosition;
  if (options.partialFailures !== false) properties.FunctionResponseTypes = ['ReportBatchItemFailures'];
  Object.assign(properties, options.extra ?? {});
  return t.resource(id, 'AWS::Lambda::EventSourceMapping', properties, comment);
}


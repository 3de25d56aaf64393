/** SQS queues: FIFO-ness, queue policies, and who consumes each queue. */
import { intrinsicName, isScalar, isSeq, mapGet, type CfnNode, type CfnScalar } from '../../parse/nodes';
import type { Resource, Template } from '../../model/template';
import { resolveBoolean, resolveString } from '../../model/values';
import { decidingNode } from '../../edit/templateEdits';
import {
  lambdaEventSources,
  mentionedResources,
  policiesByTarget,
  resourcesGrantedTo,
  roleStatements,
  type AttachedPolicies,
  type EventSource,
} from './eventSources';

export const QUEUE_TYPE = 'AWS::SQS::Queue';

/** Workers named per queue; more would only lengthen the message. */
const MAX_NAMED_WORKERS = 5;

/** True/false when the template decides it; a missing `FifoQueue` means a standard queue. */
export function isFifoQueue(template: Template, queue: Resource): boolean | undefined {
  if (intrinsicName(queue.properties)) return undefined;
  const flag = mapGet(queue.properties, 'FifoQueue');
  return flag === undefined ? false : resolveBoolean(template, flag);
}

/** `AWS::SQS::QueuePolicy` (`Queues`) and `AWS::SQS::QueueInlinePolicy` (`Queue`), by queue. */
export function queuePolicies(template: Template): Map<string, AttachedPolicies> {
  const out = policiesByTarget(template, 'AWS::SQS::QueuePolicy', 'Queues', QUEUE_TYPE);
  for (const [queueId, inline] of policiesByTarget(template, 'AWS::SQS::QueueInlinePolicy', 'Queue', QUEUE_TYPE)) {
    const existing = out.get(queueId);
    if (existing) existing.policies.push(...inline.policies);
    else out.set(queueId, inline);
  }
  return out;
}

export interface QueueConsumers {
  /** Lambda event source mappings and SAM SQS events reading the queue. */
  lambda: EventSource[];
  /** Auto Scaling groups, instances and ECS task definitions whose role may receive from it. */
  workers: Resource[];
}

/** Everyone that reads each queue of the template. */
export function queueConsumers(template: Template): Map<string, QueueConsumers> {
  const out = new Map<string, QueueConsumers>();
  const entry = (id: string) => out.get(id) ?? out.set(id, { lambda: [], workers: [] }).get(id)!;
  for (const source of lambdaEventSources(template)) {
    if (source.source?.type === QUEUE_TYPE) entry(source.source.id).lambda.push(source);
  }
  for (const [queueId, workers] of queueWorkers(template)) entry(queueId).workers.push(...workers);
  return out;
}

/**
 * Compute that polls a queue itself: an EC2 instance, an Auto Scaling group (through its
 * launch template or configuration) or an ECS task, whose IAM role is allowed
 * `sqs:ReceiveMessage` on that queue. The role is the one fact that tells a consumer from
 * a producer, which also references the queue URL.
 */
export function queueWorkers(template: Template): Map<string, Resource[]> {
  const queuesByRole = new Map<string, string[]>();
  for (const [roleId, statements] of roleStatements(template)) {
    const queues = [...resourcesGrantedTo(template, statements, ['sqs:ReceiveMessage'])].filter((id) => template.resources.get(id)?.type === QUEUE_TYPE);
    if (queues.length > 0) queuesByRole.set(roleId, queues);
  }
  const out = new Map<string, Resource[]>();
  if (queuesByRole.size === 0) return out;

  const rolesByProfile = new Map<string, string[]>();
  for (const profile of template.resourcesOfType('AWS::IAM::InstanceProfile')) {
    rolesByProfile.set(profile.id, [...mentionedResources(template, mapGet(profile.properties, 'Roles'))].filter((id) => queuesByRole.has(id)));
  }
  /** Roles reached from a property that names an instance profile or a role. */
  const rolesIn = (node: Parameters<typeof mentionedResources>[1]): string[] =>
    [...mentionedResources(template, node)].flatMap((id) => rolesByProfile.get(id) ?? (queuesByRole.has(id) ? [id] : []));

  const rolesByLaunch = new Map<string, string[]>();
  for (const lt of template.resourcesOfType('AWS::EC2::LaunchTemplate')) {
    rolesByLaunch.set(lt.id, rolesIn(mapGet(mapGet(lt.properties, 'LaunchTemplateData'), 'IamInstanceProfile')));
  }
  for (const lc of template.resourcesOfType('AWS::AutoScaling::LaunchConfiguration')) {
    rolesByLaunch.set(lc.id, rolesIn(mapGet(lc.properties, 'IamInstanceProfile')));
  }

  const workersByRole = new Map<string, Resource[]>();
  const add = (worker: Resource, roles: string[]) => {
    for (const role of new Set(roles)) (workersByRole.get(role) ?? workersByRole.set(role, []).get(role)!).push(worker);
  };
  for (const asg of template.resourcesOfType('AWS::AutoScaling::AutoScalingGroup')) {
    const launches = ['LaunchTemplate', 'LaunchConfigurationName', 'MixedInstancesPolicy'].flatMap((key) => [...mentionedResources(template, mapGet(asg.properties, key))]);
    add(asg, launches.flatMap((id) => rolesByLaunch.get(id) ?? []));
  }
  for (const instance of template.resourcesOfType('AWS::EC2::Instance')) add(instance, rolesIn(mapGet(instance.properties, 'IamInstanceProfile')));
  for (const task of template.resourcesOfType('AWS::ECS::TaskDefinition')) add(task, rolesIn(mapGet(task.properties, 'TaskRoleArn')));

  // Role by role, so a role shared by many workers and many queues stays linear:
  // a queue only needs to know that it has workers, and a few names for the message.
  for (const [roleId, queues] of queuesByRole) {
    const workers = workersByRole.get(roleId);
    if (!workers) continue;
    for (const queueId of queues) {
      const list = out.get(queueId) ?? out.set(queueId, []).get(queueId)!;
      for (const worker of workers) {
        if (list.length >= MAX_NAMED_WORKERS) break;
        if (!list.includes(worker)) list.push(worker);
      }
    }
  }
  return out;
}

export interface NameEnding {
  /** The part of the name the template decides, at its end. */
  text: string;
  /** The name as written, for messages (`${AWS::StackName}-jobs` for a Sub). */
  name: string;
  /** The literal that carries that ending, when a fix can append to it. */
  literal?: CfnScalar;
}

/**
 * How a queue or topic name ends, where the template decides it: a literal or parameter
 * default, a `Fn::Sub` whose text ends after its last variable, or a `Fn::Join` whose last
 * part is literal. FIFO names are checked on their ending alone.
 */
export function knownNameEnding(template: Template, node: CfnNode | undefined): NameEnding | undefined {
  if (!node) return undefined;
  const decided = decidingNode(template, node);
  if (isScalar(decided) && typeof decided.value === 'string') return { text: decided.value, name: decided.value, literal: decided };
  const resolved = resolveString(template, node);
  if (resolved !== undefined) return { text: resolved, name: resolved };
  if (intrinsicName(node) === 'Fn::Sub') {
    const arg = mapGet(node, 'Fn::Sub');
    const scalar = isSeq(arg) ? arg.items[0] : arg;
    const text = isScalar(scalar) && typeof scalar.value === 'string' ? scalar.value : undefined;
    if (text && !text.endsWith('}')) return { text: text.slice(text.lastIndexOf('}') + 1), name: text, literal: scalar as CfnScalar };
  }
  if (intrinsicName(node) === 'Fn::Join') {
    const arg = mapGet(node, 'Fn::Join');
    const parts = isSeq(arg) && arg.items.length === 2 && isSeq(arg.items[1]) ? arg.items[1].items : [];
    const last = parts[parts.length - 1];
    if (isScalar(last) && typeof last.value === 'string' && last.value !== '') return { text: last.value, name: `…${last.value}`, literal: last };
  }
  return undefined;
}

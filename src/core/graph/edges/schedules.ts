import { isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Resource } from '../../model/template';
import type { EdgeContext } from './context';

/**
 * `schedules`: an EventBridge rule or an EventBridge Scheduler schedule → each target it
 * sends events to. Origin: the target entry. Detail: the schedule expression when the
 * template decides it, "event pattern" for pattern rules.
 * ECS targets name the cluster in `Arn` and the task in `EcsParameters.TaskDefinitionArn`;
 * both get an edge, since the task definition is what runs.
 */
export function addScheduleEdges(ctx: EdgeContext): void {
  for (const rule of ctx.resourcesOf('AWS::Events::Rule')) {
    const targets = mapGet(rule.effectiveProperties, 'Targets');
    if (!isSeq(targets)) continue;
    const detail = scheduleDetail(ctx, rule);
    for (const target of targets.items) linkTarget(ctx, rule.id, target, detail);
  }
  for (const schedule of ctx.resourcesOf('AWS::Scheduler::Schedule')) {
    const target = mapGet(schedule.effectiveProperties, 'Target');
    if (target) linkTarget(ctx, schedule.id, target, scheduleDetail(ctx, schedule));
  }
}

function linkTarget(ctx: EdgeContext, from: string, target: CfnNode, detail: string | undefined): void {
  const named = [...ctx.namedIn(mapGet(target, 'Arn')), ...ctx.namedIn(mapGet(mapGet(target, 'EcsParameters'), 'TaskDefinitionArn'))];
  for (const to of named) ctx.link(from, ctx.behindAlias(to), 'schedules', target, detail);
}

function scheduleDetail(ctx: EdgeContext, resource: Resource): string | undefined {
  const properties = resource.effectiveProperties;
  const expression = resolveString(ctx.template, mapGet(properties, 'ScheduleExpression'));
  if (expression) return expression;
  return mapGet(properties, 'EventPattern') !== undefined ? 'event pattern' : undefined;
}

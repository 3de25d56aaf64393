import { mapGet, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import { seqItems, type EdgeContext } from './context';

/**
 * `routes-to`, following a request: load balancer → listener → target group → targets.
 *
 * - ELBv2 listener: LB → listener (origin: the listener resource, detail "HTTP:80"), and
 *   listener → each target group of its `DefaultActions` (`TargetGroupArn` or
 *   `ForwardConfig.TargetGroups`; origin: the action, detail: the action type).
 * - Listener rule: listener → target groups of its `Actions` (origin: the action, detail:
 *   the first condition, e.g. "path-pattern /api/*").
 * - Target group → `Targets[i].Id` (instances, functions, ALBs; origin: the target entry),
 *   → Auto Scaling groups that list it in `TargetGroupARNs`, → ECS services that list it in
 *   `LoadBalancers` (origin: the entry in the ASG or service, detail for ECS "container:port").
 * - Classic ELB → its `Instances`, → ASGs that list it in `LoadBalancerNames`, → ECS
 *   services with `LoadBalancers[i].LoadBalancerName`.
 */
export function addLoadBalancerEdges(ctx: EdgeContext): void {
  addListeners(ctx);
  addListenerRules(ctx);
  addTargetGroupTargets(ctx);
  addClassicElbInstances(ctx);
  addAutoScalingGroups(ctx);
  addEcsServices(ctx);
}

function addListeners(ctx: EdgeContext): void {
  for (const listener of ctx.resourcesOf('AWS::ElasticLoadBalancingV2::Listener')) {
    const properties = listener.effectiveProperties;
    const protocol = resolveString(ctx.template, mapGet(properties, 'Protocol'));
    const port = resolveString(ctx.template, mapGet(properties, 'Port'));
    const detail = protocol || port ? [protocol, port].filter(Boolean).join(':') : undefined;
    for (const lb of ctx.namedIn(mapGet(properties, 'LoadBalancerArn'))) ctx.link(lb, listener.id, 'routes-to', ['Resources', listener.id], detail);
    for (const action of seqItems(mapGet(properties, 'DefaultActions'))) linkAction(ctx, listener.id, action, actionType(ctx, action));
  }
}

function addListenerRules(ctx: EdgeContext): void {
  for (const rule of ctx.resourcesOf('AWS::ElasticLoadBalancingV2::ListenerRule')) {
    const properties = rule.effectiveProperties;
    const listener = ctx.firstNamedIn(mapGet(properties, 'ListenerArn'));
    if (!listener) continue;
    const detail = ruleCondition(ctx, seqItems(mapGet(properties, 'Conditions'))[0]);
    for (const action of seqItems(mapGet(properties, 'Actions'))) linkAction(ctx, listener, action, detail);
  }
}

/** A forward action names one group directly or several through `ForwardConfig`. */
function linkAction(ctx: EdgeContext, from: string, action: CfnNode, detail: string | undefined): void {
  const groups = [
    ...ctx.namedIn(mapGet(action, 'TargetGroupArn')),
    ...seqItems(mapGet(mapGet(action, 'ForwardConfig'), 'TargetGroups')).flatMap((group) => ctx.namedIn(mapGet(group, 'TargetGroupArn'))),
  ];
  for (const group of groups) ctx.link(from, group, 'routes-to', action, detail);
}

function actionType(ctx: EdgeContext, action: CfnNode): string | undefined {
  return resolveString(ctx.template, mapGet(action, 'Type'));
}

/** "path-pattern /api/*" from `Field` + `Values`, or from `PathPatternConfig`-style blocks. */
function ruleCondition(ctx: EdgeContext, condition: CfnNode | undefined): string | undefined {
  const field = resolveString(ctx.template, mapGet(condition, 'Field'));
  if (!field) return undefined;
  const configKey = `${field.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Config`;
  const values = seqItems(mapGet(condition, 'Values') ?? mapGet(mapGet(condition, configKey), 'Values'));
  const first = resolveString(ctx.template, values[0]);
  return first ? `${field} ${first}` : field;
}

function addTargetGroupTargets(ctx: EdgeContext): void {
  for (const group of ctx.resourcesOf('AWS::ElasticLoadBalancingV2::TargetGroup')) {
    for (const target of seqItems(mapGet(group.effectiveProperties, 'Targets'))) {
      for (const to of ctx.namedIn(mapGet(target, 'Id'))) ctx.link(group.id, ctx.behindAlias(to), 'routes-to', target);
    }
  }
}

function addClassicElbInstances(ctx: EdgeContext): void {
  for (const elb of ctx.resourcesOf('AWS::ElasticLoadBalancing::LoadBalancer')) {
    for (const instance of seqItems(mapGet(elb.effectiveProperties, 'Instances'))) {
      for (const to of ctx.namedIn(instance)) ctx.link(elb.id, to, 'routes-to', instance);
    }
  }
}

function addAutoScalingGroups(ctx: EdgeContext): void {
  for (const asg of ctx.resourcesOf('AWS::AutoScaling::AutoScalingGroup')) {
    const properties = asg.effectiveProperties;
    for (const entry of seqItems(mapGet(properties, 'TargetGroupARNs'))) {
      for (const group of ctx.namedIn(entry)) ctx.link(group, asg.id, 'routes-to', entry);
    }
    for (const entry of seqItems(mapGet(properties, 'LoadBalancerNames'))) {
      for (const elb of ctx.namedIn(entry)) ctx.link(elb, asg.id, 'routes-to', entry);
    }
  }
}

function addEcsServices(ctx: EdgeContext): void {
  for (const service of ctx.resourcesOf('AWS::ECS::Service')) {
    for (const entry of seqItems(mapGet(service.effectiveProperties, 'LoadBalancers'))) {
      const container = resolveString(ctx.template, mapGet(entry, 'ContainerName'));
      const port = resolveString(ctx.template, mapGet(entry, 'ContainerPort'));
      const detail = container ? [container, port].filter(Boolean).join(':') : undefined;
      const balancers = [...ctx.namedIn(mapGet(entry, 'TargetGroupArn')), ...ctx.namedIn(mapGet(entry, 'LoadBalancerName'))];
      for (const from of balancers) ctx.link(from, service.id, 'routes-to', entry, detail);
    }
  }
}

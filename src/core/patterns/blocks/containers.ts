import type { TemplateBuilder } from '../builder';
import { getAtt, note, ref, sub, type Value, type ValueMap } from '../values';
import { assumedBy, inlinePolicy, managedPolicy, type Statement } from './iam';

/** An ECS cluster with Container Insights (task counts and resource metrics for scaling). */
export function ecsCluster(t: TemplateBuilder, id = 'Cluster'): string {
  return t.resource(
    id,
    'AWS::ECS::Cluster',
    { ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }] },
    'The cluster: with Fargate there are no instances to manage, only tasks.',
  );
}

export interface TaskSpec {
  prefix: string;
  image: Value;
  cpu: string;
  memory: string;
  containerPort?: number;
  entryPoint?: string[];
  command?: string[];
  environment?: Record<string, Value>;
  /** Permissions of the application itself (the task role). */
  statements?: Statement[];
}

export interface TaskIds {
  taskDefinition: string;
  taskRole: string;
  executionRole: string;
  logGroup: string;
  container: string;
}

/**
 * A Fargate task definition with two roles: the execution role lets ECS pull the image
 * and write logs; the task role is what the application may do, and nothing more.
 */
export function fargateTask(t: TemplateBuilder, spec: TaskSpec): TaskIds {
  const p = spec.prefix;
  const ids: TaskIds = {
    taskDefinition: `${p}TaskDefinition`,
    taskRole: `${p}TaskRole`,
    executionRole: `${p}ExecutionRole`,
    logGroup: `${p}Logs`,
    container: p.toLowerCase(),
  };
  t.resource(
    ids.executionRole,
    'AWS::IAM::Role',
    { AssumeRolePolicyDocument: assumedBy('ecs-tasks.amazonaws.com'), ManagedPolicyArns: [managedPolicy('service-role/AmazonECSTaskExecutionRolePolicy')] },
    'Execution role: ECS uses it to pull the image and ship logs.',
  );
  const taskRole: ValueMap = { AssumeRolePolicyDocument: assumedBy('ecs-tasks.amazonaws.com') };
  if (spec.statements?.length) taskRole.Policies = [inlinePolicy(`${p}TaskAccess`, spec.statements)];
  t.resource(ids.taskRole, 'AWS::IAM::Role', taskRole, 'Task role: what the application code may call, least privilege.');
  t.resource(ids.logGroup, 'AWS::Logs::LogGroup', { RetentionInDays: 14 });
  const container: ValueMap = {
    Name: ids.container,
    Image: spec.image,
    Essential: true,
  };
  if (spec.entryPoint) container.EntryPoint = spec.entryPoint;
  if (spec.command) container.Command = spec.command;
  if (spec.containerPort) container.PortMappings = [{ ContainerPort: spec.containerPort, Protocol: 'tcp' }];
  if (spec.environment) container.Environment = Object.entries(spec.environment).map(([Name, Value]) => ({ Name, Value }));
  container.LogConfiguration = {
    LogDriver: 'awslogs',
    Options: { 'awslogs-group': ref(ids.logGroup), 'awslogs-region': ref('AWS::Region'), 'awslogs-stream-prefix': ids.container },
  };
  t.resource(
    ids.taskDefinition,
    'AWS::ECS::TaskDefinition',
    {
      Family: sub(`\${AWS::StackName}-${ids.container}`),
      RequiresCompatibilities: ['FARGATE'],
      NetworkMode: 'awsvpc',
      Cpu: spec.cpu,
      Memory: spec.memory,
      RuntimePlatform: { CpuArchitecture: 'X86_64', OperatingSystemFamily: 'LINUX' },
      ExecutionRoleArn: getAtt(ids.executionRole, 'Arn'),
      TaskRoleArn: getAtt(ids.taskRole, 'Arn'),
      ContainerDefinitions: [container],
    },
    'What runs: one container, its size, its roles and its logs.',
  );
  return ids;
}

export interface ServiceSpec {
  prefix: string;
  cluster: string;
  task: TaskIds;
  subnets: string[];
  securityGroup: string;
  desiredCount: number;
  loadBalancer?: { targetGroup: string; containerPort: number; listener: string };
  comment: string;
}

/** A Fargate service in private subnets: tasks get no public address. */
export function fargateService(t: TemplateBuilder, spec: ServiceSpec): string {
  const properties: ValueMap = {
    Cluster: ref(spec.cluster),
    LaunchType: 'FARGATE',
    TaskDefinition: ref(spec.task.taskDefinition),
    DesiredCount: spec.desiredCount,
    NetworkConfiguration: {
      AwsvpcConfiguration: note('Private subnets, no public IP: traffic arrives only through the load balancer.', {
        AssignPublicIp: 'DISABLED',
        Subnets: spec.subnets.map((s) => ref(s)),
        SecurityGroups: [ref(spec.securityGroup)],
      }),
    },
    DeploymentConfiguration: { MinimumHealthyPercent: 100, MaximumPercent: 200, DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
  };
  if (spec.loadBalancer) {
    properties.LoadBalancers = [{ ContainerName: spec.task.container, ContainerPort: spec.loadBalancer.containerPort, TargetGroupArn: ref(spec.loadBalancer.targetGroup) }];
    properties.HealthCheckGracePeriodSeconds = 60;
  }
  return t.resource(`${spec.prefix}Service`, 'AWS::ECS::Service', properties, spec.comment, spec.loadBalancer ? { dependsOn: spec.loadBalancer.listener } : {});
}

/** Application Auto Scaling for a service's task count. */
export function serviceScalableTarget(t: TemplateBuilder, prefix: string, cluster: string, service: string, min: number, max: number): string {
  return t.resource(
    `${prefix}ScalableTarget`,
    'AWS::ApplicationAutoScaling::ScalableTarget',
    {
      ServiceNamespace: 'ecs',
      ScalableDimension: 'ecs:service:DesiredCount',
      ResourceId: sub(`service/\${${cluster}}/\${${service}.Name}`),
      MinCapacity: min,
      MaxCapacity: max,
    },
    `The service runs between ${min} and ${max} tasks.`,
  );
}

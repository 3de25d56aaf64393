import { ecsCluster, fargateService, fargateTask, serviceScalableTarget } from '../blocks/containers';
import { applicationLoadBalancer } from '../blocks/loadBalancer';
import { securityGroup, vpc } from '../blocks/network';
import { getAtt, join, note, ref, sub, type ValueMap } from '../values';
import type { PatternDefinition } from '../types';
import { AZ_OPTION } from './threeTierVpc';

const CONTAINER_PORT = 80;

export const ecsFargateServicePattern: PatternDefinition = {
  id: 'ecs-fargate-service',
  version: '1.0.0',
  title: { en: 'Containers on Fargate behind an ALB', ko: 'ALB 뒤의 Fargate 컨테이너' },
  description: {
    en: 'An ECS cluster with a Fargate service in private subnets behind an Application Load Balancer, separate task and execution roles, and service auto scaling on CPU or on requests per target.',
    ko: '프라이빗 서브넷의 Fargate 서비스를 Application Load Balancer 뒤에 둔 ECS 클러스터. 작업 역할과 실행 역할을 분리하고, CPU 또는 대상당 요청 수로 서비스를 자동 확장합니다.',
  },
  seeds: ['003', '004'],
  scenario: {
    en: 'Run containers without managing servers: Fargate tasks spread over AZs, the ALB health-checks them, and the service adds tasks as load grows; each task role gets only the permissions its code needs.',
    ko: '서버를 관리하지 않고 컨테이너를 실행합니다. Fargate 작업은 여러 AZ에 분산되고, ALB가 상태를 확인하며, 부하가 늘면 서비스가 작업을 추가합니다. 작업 역할에는 코드에 필요한 권한만 줍니다.',
  },
  keywords: ['ecs', 'fargate', 'container', 'docker', 'alb', 'auto scaling', 'task role', '컨테이너'],
  options: [
    AZ_OPTION,
    {
      kind: 'choice',
      key: 'scaleOn',
      title: { en: 'Scale on', ko: '확장 기준' },
      description: { en: 'Average CPU, or requests per target at the load balancer', ko: '평균 CPU 또는 로드 밸런서의 대상당 요청 수' },
      default: 'cpu',
      choices: [
        { value: 'cpu', title: { en: 'CPU utilization', ko: 'CPU 사용률' } },
        { value: 'requests', title: { en: 'Requests per target', ko: '대상당 요청 수' } },
      ],
    },
  ],
  build(t, options) {
    const network = vpc(t, { azCount: Number(options.azCount), tiers: ['public', 'app'], nat: true });
    const alb = applicationLoadBalancer(t, { prefix: 'Web', vpc: network.vpc, subnets: network.subnets.public, targetType: 'ip', targetPort: CONTAINER_PORT });
    const serviceSg = securityGroup(
      t,
      'ServiceSecurityGroup',
      ref(network.vpc),
      'Fargate tasks: HTTP from the load balancer only',
      [{ port: CONTAINER_PORT, from: { securityGroup: alb.securityGroup }, description: 'HTTP from the load balancer' }],
      'Tasks accept traffic from the load balancer only.',
    );
    const cluster = ecsCluster(t);
    t.parameter('ContainerImage', { Type: 'String', Description: 'Container image serving HTTP on port 80', Default: 'public.ecr.aws/nginx/nginx:stable' });
    const task = fargateTask(t, { prefix: 'Web', image: ref('ContainerImage'), cpu: '256', memory: '512', containerPort: CONTAINER_PORT });
    const service = fargateService(t, {
      prefix: 'Web',
      cluster,
      task,
      subnets: network.subnets.app,
      securityGroup: serviceSg,
      desiredCount: 2,
      loadBalancer: { targetGroup: alb.targetGroup, containerPort: CONTAINER_PORT, listener: alb.listener },
      comment: 'Two tasks or more, spread over the AZs; a failed deployment rolls back by itself.',
    });
    const target = serviceScalableTarget(t, 'Web', cluster, service, 2, 10);
    const tracking: ValueMap =
      options.scaleOn === 'requests'
        ? {
            PredefinedMetricSpecification: {
              PredefinedMetricType: 'ALBRequestCountPerTarget',
              ResourceLabel: join('/', [getAtt(alb.loadBalancer, 'LoadBalancerFullName'), getAtt(alb.targetGroup, 'TargetGroupFullName')]),
            },
            TargetValue: note('Requests per task per minute before another task starts.', 500),
          }
        : {
            PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
            TargetValue: note('Average CPU the service aims for.', 60),
          };
    t.resource(
      'WebScalingPolicy',
      'AWS::ApplicationAutoScaling::ScalingPolicy',
      {
        PolicyName: options.scaleOn === 'requests' ? 'requests-per-target' : 'cpu',
        PolicyType: 'TargetTrackingScaling',
        ScalingTargetId: ref(target),
        TargetTrackingScalingPolicyConfiguration: { ...tracking, ScaleInCooldown: 120, ScaleOutCooldown: 60 },
      },
      'Target tracking: the service adds and removes tasks to hold the target.',
    );
    t.output('ServiceUrl', { Description: 'The service, through the load balancer', Value: sub(`http://\${${alb.loadBalancer}.DNSName}`) });
    t.output('ClusterName', { Description: 'ECS cluster', Value: ref(cluster) });
    t.output('ServiceName', { Description: 'ECS service', Value: getAtt(service, 'Name') });
  },
};

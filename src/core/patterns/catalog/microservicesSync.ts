import type { TemplateBuilder } from '../builder';
import { userPool } from '../blocks/cognito';
import { ecsCluster, fargateService, fargateTask } from '../blocks/containers';
import { dynamoTable, tableAccess } from '../blocks/dynamodb';
import { lambdaFunction } from '../blocks/lambda';
import { applicationLoadBalancer } from '../blocks/loadBalancer';
import { securityGroup, vpc } from '../blocks/network';
import { apiInvokePermission, apiMethod, apiResource, apiStage, lambdaProxy, restApi, rootResource, stageUrl } from '../blocks/restApi';
import { todoApiCode } from '../code/todoApi';
import { ref, sub } from '../values';
import type { PatternDefinition } from '../types';

const SERVICES = ['service1', 'service2', 'service3'] as const;
const capital = (name: string) => name[0].toUpperCase() + name.slice(1);

/** API Gateway routes /serviceN to service N's own function, which owns its own table. */
function lambdaServices(t: TemplateBuilder): void {
  const users = userPool(t);
  const api = restApi(t, 'ServicesApi', 'Routes each path to its microservice', 'One API in front of all services: routing, auth and throttling in one place.', users.userPool);
  for (const service of SERVICES) {
    const Name = capital(service);
    const table = dynamoTable(t, { id: `${Name}Table`, comment: `${service} owns its data.`, partitionKey: 'userId', sortKey: 'itemId' });
    const fn = lambdaFunction(t, {
      id: `${Name}Function`,
      comment: `${service}: deployed, scaled and failing on its own.`,
      description: `The ${service} microservice`,
      code: todoApiCode,
      environment: { TABLE_NAME: ref(table) },
      statements: [tableAccess(table, 'read-write')],
    }).fn;
    const collection = apiResource(t, `${Name}Resource`, api.api, rootResource(api.api), service);
    const item = apiResource(t, `${Name}ItemResource`, api.api, ref(collection), '{id}');
    apiMethod(t, api, { id: `${Name}ListMethod`, resource: ref(collection), httpMethod: 'GET', integration: lambdaProxy(fn), comment: `/${service} → ${Name}Function` });
    apiMethod(t, api, { id: `${Name}CreateMethod`, resource: ref(collection), httpMethod: 'POST', integration: lambdaProxy(fn) });
    apiMethod(t, api, { id: `${Name}UpdateMethod`, resource: ref(item), httpMethod: 'PUT', integration: lambdaProxy(fn) });
    apiMethod(t, api, { id: `${Name}DeleteMethod`, resource: ref(item), httpMethod: 'DELETE', integration: lambdaProxy(fn) });
    apiInvokePermission(t, `${Name}InvokePermission`, fn, api.api);
  }
  apiStage(t, api, { stageName: 'prod' });
  t.output('ApiUrl', { Description: 'Services under /service1, /service2, /service3 (Cognito token required)', Value: stageUrl(api.api, 'prod') });
  t.output('UserPoolClientId', { Description: 'App client for sign-in', Value: ref(users.client) });
}

/** An ALB routes /serviceN/* to service N's Fargate tasks. */
function containerServices(t: TemplateBuilder): void {
  const network = vpc(t, { azCount: 2, tiers: ['public', 'app'], nat: true });
  const alb = applicationLoadBalancer(t, {
    prefix: 'Services',
    vpc: network.vpc,
    subnets: network.subnets.public,
    targetType: 'ip',
    healthCheckPath: '/service1/',
    defaultAction: 'not-found',
    comment: 'The ALB routes by path: one load balancer in front of every service.',
  });
  const cluster = ecsCluster(t);
  SERVICES.forEach((service, index) => {
    const Name = capital(service);
    const targetGroup = index === 0 ? alb.targetGroup : `${Name}TargetGroup`;
    if (index > 0) {
      t.resource(targetGroup, 'AWS::ElasticLoadBalancingV2::TargetGroup', {
        TargetType: 'ip',
        VpcId: ref(network.vpc),
        Protocol: 'HTTP',
        Port: 80,
        HealthCheckPath: `/${service}/`,
        HealthCheckIntervalSeconds: 15,
        HealthyThresholdCount: 2,
      });
    }
    t.resource(
      `${Name}Route`,
      'AWS::ElasticLoadBalancingV2::ListenerRule',
      {
        ListenerArn: ref(alb.listener),
        Priority: (index + 1) * 10,
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: [`/${service}`, `/${service}/*`] } }],
        Actions: [{ Type: 'forward', TargetGroupArn: ref(targetGroup) }],
      },
      `/${service} goes to ${service}'s tasks.`,
    );
    const sg = securityGroup(
      t,
      `${Name}SecurityGroup`,
      ref(network.vpc),
      `${service} tasks: HTTP from the load balancer`,
      [{ port: 80, from: { securityGroup: alb.securityGroup }, description: 'HTTP from the load balancer' }],
    );
    const task = fargateTask(t, {
      prefix: Name,
      image: 'public.ecr.aws/nginx/nginx:stable',
      cpu: '256',
      memory: '512',
      containerPort: 80,
      entryPoint: ['sh', '-c'],
      command: [
        `mkdir -p /usr/share/nginx/html/${service} && echo "{\\"service\\": \\"${service}\\"}" > /usr/share/nginx/html/${service}/index.html && exec nginx -g 'daemon off;'`,
      ],
    });
    fargateService(t, {
      prefix: Name,
      cluster,
      task,
      subnets: network.subnets.app,
      securityGroup: sg,
      desiredCount: 2,
      loadBalancer: { targetGroup, containerPort: 80, listener: alb.listener },
      comment: `${service}: its own tasks, deployments and scaling.`,
    });
  });
  t.output('ServicesUrl', { Description: 'Try /service1/, /service2/, /service3/', Value: sub(`http://\${${alb.loadBalancer}.DNSName}`) });
}

export const microservicesSyncPattern: PatternDefinition = {
  id: 'microservices-sync',
  version: '1.0.0',
  title: { en: 'Synchronous microservices', ko: '동기식 마이크로서비스' },
  description: {
    en: 'One entry point routes /service1, /service2 and /service3 to separate services: API Gateway to Lambda functions (each with its own table), or an ALB with path rules to ECS Fargate services.',
    ko: '하나의 진입점이 /service1, /service2, /service3을 별도 서비스로 보냅니다. API Gateway에서 Lambda(각자 테이블 보유)로, 또는 경로 규칙이 있는 ALB에서 ECS Fargate 서비스로.',
  },
  seeds: ['000', '001'],
  scenario: {
    en: 'Services talk over REST: the client\'s HTTPS request is passed to the right microservice by API Gateway or a load balancer, and each service has its own DNS path, code and release cycle.',
    ko: '서비스가 REST로 통신합니다. 클라이언트의 HTTPS 요청을 API Gateway나 로드 밸런서가 알맞은 마이크로서비스로 전달하고, 각 서비스는 자기 경로, 코드, 릴리스 주기를 가집니다.',
  },
  keywords: ['microservices', 'msa', 'api gateway', 'alb', 'path routing', 'lambda', 'ecs', 'fargate', '마이크로서비스', '동기'],
  options: [
    {
      kind: 'choice',
      key: 'backend',
      title: { en: 'Services run on', ko: '서비스 실행 환경' },
      description: { en: 'API Gateway + Lambda, or ALB + ECS Fargate', ko: 'API Gateway + Lambda 또는 ALB + ECS Fargate' },
      default: 'lambda',
      choices: [
        { value: 'lambda', title: { en: 'API Gateway + Lambda', ko: 'API Gateway + Lambda' } },
        { value: 'ecs', title: { en: 'ALB + ECS Fargate', ko: 'ALB + ECS Fargate' } },
      ],
    },
  ],
  build(t, options) {
    if (options.backend === 'ecs') containerServices(t);
    else lambdaServices(t);
  },
};

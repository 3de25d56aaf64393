import type { TemplateBuilder } from '../builder';
import { getAtt, ref, type ValueMap } from '../values';
import { securityGroup } from './network';

export interface AlbSpec {
  prefix: string;
  vpc: string;
  subnets: string[];
  targetType: 'instance' | 'ip' | 'lambda';
  targetPort?: number;
  healthCheckPath?: string;
  comment?: string;
  /** `not-found`: the listener answers 404 unless a path rule matches (path routing). */
  defaultAction?: 'forward' | 'not-found';
}

export interface AlbIds {
  loadBalancer: string;
  securityGroup: string;
  listener: string;
  targetGroup: string;
}

/**
 * An internet-facing Application Load Balancer across the public subnets of every AZ
 * (ALBs need at least two), with an HTTP listener forwarding to one target group.
 */
export function applicationLoadBalancer(t: TemplateBuilder, spec: AlbSpec): AlbIds {
  const p = spec.prefix;
  const ids: AlbIds = {
    loadBalancer: `${p}LoadBalancer`,
    securityGroup: `${p}LoadBalancerSecurityGroup`,
    listener: `${p}HttpListener`,
    targetGroup: `${p}TargetGroup`,
  };
  securityGroup(
    t,
    ids.securityGroup,
    ref(spec.vpc),
    'Load balancer: HTTP from the internet',
    [{ port: 80, from: { cidr: '0.0.0.0/0' }, description: 'HTTP from anywhere' }],
    'The front door is the only thing open to the internet, and only on port 80.',
  );
  t.resource(
    ids.loadBalancer,
    'AWS::ElasticLoadBalancingV2::LoadBalancer',
    {
      Type: 'application',
      Scheme: 'internet-facing',
      Subnets: spec.subnets.map((s) => ref(s)),
      SecurityGroups: [ref(ids.securityGroup)],
      LoadBalancerAttributes: [{ Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' }],
    },
    spec.comment ?? 'The load balancer spans every AZ, so one AZ outage keeps the service up.',
  );
  const targetGroup: ValueMap = { TargetType: spec.targetType };
  if (spec.targetType !== 'lambda') {
    Object.assign(targetGroup, {
      VpcId: ref(spec.vpc),
      Protocol: 'HTTP',
      Port: spec.targetPort ?? 80,
      HealthCheckPath: spec.healthCheckPath ?? '/',
      HealthCheckIntervalSeconds: 15,
      HealthyThresholdCount: 2,
      TargetGroupAttributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }],
    });
  }
  t.resource(ids.targetGroup, 'AWS::ElasticLoadBalancingV2::TargetGroup', targetGroup, 'Health checks take a failing target out of rotation.');
  t.resource(ids.listener, 'AWS::ElasticLoadBalancingV2::Listener', {
    LoadBalancerArn: ref(ids.loadBalancer),
    Port: 80,
    Protocol: 'HTTP',
    DefaultActions: [
      spec.defaultAction === 'not-found'
        ? { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'application/json', MessageBody: '{"message":"no such service"}' } }
        : { Type: 'forward', TargetGroupArn: ref(ids.targetGroup) },
    ],
  });
  return ids;
}

/** A CloudFront origin for the load balancer (HTTP to the ALB, HTTPS to viewers). */
export const loadBalancerOrigin = (originId: string, loadBalancer: string): ValueMap => ({
  Id: originId,
  DomainName: getAtt(loadBalancer, 'DNSName'),
  CustomOriginConfig: { OriginProtocolPolicy: 'http-only', HTTPPort: 80 },
});

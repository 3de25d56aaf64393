import { isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Template } from '../../model/template';
import { referencedId } from '../../graph/references';
import type { ResourceGraph } from '../../graph/types';
import { cloudFrontOriginIds, distributionIndex } from '../support/cloudfront';
import type { Rule } from '../types';

const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const INSTANCE = 'AWS::EC2::Instance';
const ASG = 'AWS::AutoScaling::AutoScalingGroup';
const EC2_TARGET_TYPES = new Set([INSTANCE, ASG]);

/** Target groups named by listener actions: `TargetGroupArn` and `ForwardConfig.TargetGroups`. */
function actionTargetGroups(actions: CfnNode | undefined): string[] {
  if (!isSeq(actions)) return [];
  const out: string[] = [];
  for (const action of actions.items) {
    const direct = referencedId(mapGet(action, 'TargetGroupArn'));
    if (direct) out.push(direct);
    const weighted = mapGet(mapGet(action, 'ForwardConfig'), 'TargetGroups');
    if (isSeq(weighted)) for (const tg of weighted.items) {
      const id = referencedId(mapGet(tg, 'TargetGroupArn'));
      if (id) out.push(id);
    }
  }
  return out;
}

/**
 * Load balancer → the EC2 instances and Auto Scaling groups behind it, following
 * listeners, listener rules and instance-type target groups. One pass over each type.
 */
function ec2TargetsByLoadBalancer(template: Template, graph: ResourceGraph): Map<string, string[]> {
  const listenerLb = new Map<string, string>();
  const lbGroups = new Map<string, Set<string>>();
  const addGroups = (lb: string | undefined, groups: string[]) => {
    if (!lb) return;
    const set = lbGroups.get(lb) ?? lbGroups.set(lb, new Set()).get(lb)!;
    for (const g of groups) set.add(g);
  };
  for (const listener of template.resourcesOfType(LISTENER)) {
    const lb = referencedId(mapGet(listener.properties, 'LoadBalancerArn'));
    if (lb) listenerLb.set(listener.id, lb);
    addGroups(lb, actionTargetGroups(mapGet(listener.properties, 'DefaultActions')));
  }
  for (const rule of template.resourcesOfType(LISTENER_RULE)) {
    addGroups(listenerLb.get(referencedId(mapGet(rule.properties, 'ListenerArn')) ?? ''), actionTargetGroups(mapGet(rule.properties, 'Actions')));
  }

  const groupTargets = new Map<string, string[]>();
  const addTarget = (group: string | undefined, target: string) => {
    if (group) (groupTargets.get(group) ?? groupTargets.set(group, []).get(group)!).push(target);
  };
  for (const group of template.resourcesOfType(TARGET_GROUP)) {
    const type = mapGet(group.properties, 'TargetType');
    if (type !== undefined && resolveString(template, type) !== 'instance') continue;
    const targets = mapGet(group.properties, 'Targets');
    if (isSeq(targets)) for (const target of targets.items) {
      const id = referencedId(mapGet(target, 'Id'));
      if (id && template.resources.get(id)?.type === INSTANCE) addTarget(group.id, id);
    }
  }
  for (const asg of template.resourcesOfType(ASG)) {
    const arns = mapGet(asg.properties, 'TargetGroupARNs');
    if (isSeq(arns)) for (const arn of arns.items) addTarget(referencedId(arn), asg.id);
  }

  const out = new Map<string, string[]>();
  for (const lb of template.resourcesOfType(LOAD_BALANCER)) {
    const targets = new Set<string>();
    for (const group of lbGroups.get(lb.id) ?? []) for (const t of groupTargets.get(group) ?? []) targets.add(t);
    // Semantic `routes-to` edges from the graph, where it knows more (two hops are enough: LB → TG → target).
    for (const first of graph.outgoing(lb.id, 'routes-to')) {
      if (EC2_TARGET_TYPES.has(template.resources.get(first.to)?.type ?? '')) targets.add(first.to);
      for (const second of graph.outgoing(first.to, 'routes-to')) {
        if (EC2_TARGET_TYPES.has(template.resources.get(second.to)?.type ?? '')) targets.add(second.to);
        for (const third of graph.outgoing(second.to, 'routes-to')) {
          if (EC2_TARGET_TYPES.has(template.resources.get(third.to)?.type ?? '')) targets.add(third.to);
        }
      }
    }
    if (targets.size > 0) out.set(lb.id, [...targets]);
  }
  return out;
}

export const albWithoutCloudfront: Rule = {
  meta: {
    id: 'AL205',
    name: 'alb-without-cloudfront',
    category: 'storage',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/restrict-access-to-load-balancer.html',
    description: {
      en: 'Internet-facing ALB serves EC2 directly, without CloudFront in front',
      ko: '인터넷 연결 ALB가 앞단의 CloudFront 없이 EC2를 직접 제공함',
    },
    messages: {
      noCloudFront: {
        en: "Internet-facing load balancer '{resource}' sends every request to EC2 ({targets}); no CloudFront distribution in this template caches in front of it.",
        ko: "인터넷 연결 로드 밸런서 '{resource}'이(가) 모든 요청을 EC2({targets})로 보냅니다. 이 템플릿에는 그 앞에서 캐싱하는 CloudFront 배포가 없습니다.",
      },
    },
    lesson: {
      why: {
        en: 'Without a CDN, every image and static file travels from the EC2 fleet through the load balancer to each user. As traffic grows, so do the instance count and the data-transfer bill. CloudFront answers repeated requests from edge caches, so only cache misses reach the origin.',
        ko: 'CDN이 없으면 모든 이미지와 정적 파일이 EC2 집합에서 로드 밸런서를 거쳐 사용자에게 갑니다. 트래픽이 늘면 인스턴스 수와 데이터 전송 요금도 함께 늘어납니다. CloudFront는 반복되는 요청을 엣지 캐시에서 응답하므로 캐시 미스만 오리진에 도달합니다.',
      },
      scenario: {
        en: 'Q1 of the wrong-answer notes: a global image-sharing site hosts its content on EFS and serves it through an ALB and EC2 instances; very high traffic raises the EC2 load and the network cost every month. The answer is CloudFront in front of the ALB. The software-update case in the same notes ends the same way: the ASG barely grows and EC2 and EFS costs fall.',
        ko: '오답노트 Q1: 전 세계 이미지 공유 사이트가 콘텐츠를 EFS에 두고 ALB와 EC2 인스턴스로 제공하는데, 매우 높은 트래픽 때문에 매달 EC2 부하와 네트워크 비용이 늘어납니다. 정답은 ALB 앞에 CloudFront를 붙이는 것입니다. 같은 노트의 소프트웨어 업데이트 배포 사례도 결론이 같습니다. ASG가 거의 늘지 않아 EC2와 EFS 비용이 줄어듭니다.',
      },
      answer: {
        en: 'Add an AWS::CloudFront::Distribution whose origin is the ALB (DomainName: !GetAtt ALB.DNSName, a CustomOriginConfig), cache the static paths, and optionally let the ALB accept only CloudFront (the CloudFront managed prefix list or a secret header).',
        ko: 'ALB를 오리진으로 하는 AWS::CloudFront::Distribution(DomainName: !GetAtt ALB.DNSName, CustomOriginConfig)을 추가하고 정적 경로를 캐싱하세요. 필요하면 ALB가 CloudFront에서 온 요청만 받도록(CloudFront 관리형 접두사 목록이나 비밀 헤더) 제한하세요.',
      },
    },
    seeds: ['000', '001', '002'],
  },
  check({ template, graph, report }) {
    const loadBalancers = template.resourcesOfType(LOAD_BALANCER);
    if (loadBalancers.length === 0) return;
    // A distribution whose origin is a custom domain may well point at this ALB through DNS.
    if (distributionIndex(template).hasUnplacedOrigins) return;
    const fronted = cloudFrontOriginIds(template, graph);
    const targets = ec2TargetsByLoadBalancer(template, graph);
    for (const lb of loadBalancers) {
      const type = mapGet(lb.properties, 'Type');
      const scheme = mapGet(lb.properties, 'Scheme');
      if (type !== undefined && resolveString(template, type) !== 'application') continue;
      if (scheme !== undefined && resolveString(template, scheme) !== 'internet-facing') continue;
      const ec2 = targets.get(lb.id);
      if (!ec2 || fronted.has(lb.id)) continue;
      report({
        messageId: 'noCloudFront',
        path: ['Resources', lb.id],
        resourceId: lb.id,
        data: { resource: lb.id, targets: ec2.join(', ') },
      });
    }
  },
};

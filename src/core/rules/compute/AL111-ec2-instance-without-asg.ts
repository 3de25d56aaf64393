import { isMap, isSeq, mapGet } from '../../parse/nodes';
import type { Template } from '../../model/template';
import { referencedId } from '../../graph/references';
import { groupsInList, ingressRules, ingressSource, openedPorts, portRange } from '../support/securityGroups';
import type { Rule } from '../types';

const WEB_PORTS = [80, 443] as const;

/** Security groups of this template that open 80 or 443 to the internet, with the first such port. */
function worldWebGroups(template: Template): Map<string, number> {
  const groups = new Map<string, number>();
  for (const rule of ingressRules(template)) {
    if (!rule.groupId || groups.has(rule.groupId)) continue;
    const source = ingressSource(template, rule);
    if (source.kind !== 'cidr' || !source.world) continue;
    const range = portRange(template, rule);
    const port = range ? openedPorts(range, WEB_PORTS)[0] : undefined;
    if (port !== undefined) groups.set(rule.groupId, port);
  }
  return groups;
}

/** Instances registered one by one in a load balancer: target groups and Classic ELBs. */
function registeredInstances(template: Template): Map<string, string> {
  const registered = new Map<string, string>();
  for (const group of template.resourcesOfType('AWS::ElasticLoadBalancingV2::TargetGroup')) {
    const targets = mapGet(group.properties, 'Targets');
    if (!isSeq(targets)) continue;
    for (const target of targets.items) {
      const id = referencedId(mapGet(target, 'Id'));
      if (id && !registered.has(id)) registered.set(id, group.id);
    }
  }
  for (const balancer of template.resourcesOfType('AWS::ElasticLoadBalancing::LoadBalancer')) {
    const instances = mapGet(balancer.properties, 'Instances');
    if (!isSeq(instances)) continue;
    for (const item of instances.items) {
      const id = referencedId(item);
      if (id && !registered.has(id)) registered.set(id, balancer.id);
    }
  }
  return registered;
}

export const ec2InstanceWithoutAsg: Rule = {
  meta: {
    id: 'AL111',
    name: 'ec2-instance-without-asg',
    category: 'compute',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-load-balancer.html',
    description: {
      en: 'Internet-facing web tier on a standalone EC2 instance instead of an Auto Scaling group',
      ko: 'Auto Scaling 그룹 대신 단독 EC2 인스턴스로 운영하는 인터넷 웹 계층',
    },
    messages: {
      openToWorld: {
        en: "Instance '{resource}' serves port {port} to the internet through security group '{group}' as one standalone server; it can't scale or survive its own failure.",
        ko: "'{resource}' 인스턴스가 '{group}' 보안 그룹을 통해 {port}번 포트를 인터넷에 직접 제공하는 단독 서버입니다. 확장할 수 없고 자신의 장애도 견디지 못합니다.",
      },
      registered: {
        en: "Instance '{resource}' is registered by hand in '{balancer}'; a fixed instance behind a load balancer can't scale out or be replaced automatically.",
        ko: "'{resource}' 인스턴스가 '{balancer}'에 직접 등록되어 있습니다. 로드 밸런서 뒤의 고정 인스턴스는 자동으로 확장되거나 교체되지 않습니다.",
      },
    },
    lesson: {
      why: {
        en: 'A single EC2 instance is a single point of failure: when it or its AZ fails, the site is down until someone rebuilds it, and it cannot add capacity when traffic grows. An Auto Scaling group launches instances from a launch template, replaces unhealthy ones, scales on CPU or request metrics, and registers them with the load balancer itself.',
        ko: 'EC2 인스턴스 하나는 단일 장애 지점입니다. 인스턴스나 그 AZ에 장애가 나면 누군가 다시 만들 때까지 사이트가 멈추고, 트래픽이 늘어도 용량을 늘릴 수 없습니다. Auto Scaling 그룹은 시작 템플릿으로 인스턴스를 띄우고, 비정상 인스턴스를 교체하며, CPU나 요청 지표로 확장하고, 로드 밸런서에 스스로 등록합니다.',
      },
      scenario: {
        en: 'The architecture notes start from an on-premises shop where every new server had to be ordered, installed and added to the load balancer by hand, and it was impossible to guess how many servers a sale event would need. On AWS the web and app tier runs in Auto Scaling groups with a launch template, behind an ELB that spans two or more AZs.',
        ko: '아키텍처 노트는 서버를 증설할 때마다 주문·설치하고 LB를 직접 설정해야 했고, 할인 이벤트에 서버가 얼마나 필요할지 예측하기 어려웠던 온프레미스 쇼핑몰에서 출발합니다. AWS에서는 웹·앱 계층을 시작 템플릿을 쓰는 Auto Scaling 그룹으로 운영하고, 두 개 이상의 AZ에 걸친 ELB 뒤에 둡니다.',
      },
      answer: {
        en: 'Move the instance configuration into an AWS::EC2::LaunchTemplate, run it in an AWS::AutoScaling::AutoScalingGroup across at least two AZs with TargetGroupARNs pointing at the load balancer, and let only the load balancer face the internet.',
        ko: '인스턴스 설정을 AWS::EC2::LaunchTemplate으로 옮기고, 두 개 이상의 AZ에 걸친 AWS::AutoScaling::AutoScalingGroup에서 TargetGroupARNs로 로드 밸런서에 연결해 실행하며, 인터넷에는 로드 밸런서만 노출하세요.',
      },
    },
    seeds: ['002'],
  },
  check({ template, report }) {
    const instances = template.resourcesOfType('AWS::EC2::Instance');
    if (instances.length === 0) return;
    const openGroups = worldWebGroups(template);
    const registered = registeredInstances(template);
    for (const instance of instances) {
      const props = instance.properties;
      const groups = [...groupsInList(template, mapGet(props, 'SecurityGroupIds')), ...groupsInList(template, mapGet(props, 'SecurityGroups'))];
      const interfaces = mapGet(props, 'NetworkInterfaces');
      if (isSeq(interfaces)) for (const eni of interfaces.items) if (isMap(eni)) groups.push(...groupsInList(template, mapGet(eni, 'GroupSet')));
      const open = groups.find((group) => openGroups.has(group));
      const path = ['Resources', instance.id, 'Type'];
      if (open) {
        report({ messageId: 'openToWorld', path, resourceId: instance.id, data: { resource: instance.id, group: open, port: openGroups.get(open)! } });
      } else if (registered.has(instance.id)) {
        report({ messageId: 'registered', path, resourceId: instance.id, data: { resource: instance.id, balancer: registered.get(instance.id)! } });
      }
    }
  },
};

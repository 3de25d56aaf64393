import { mapGet, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import { azLabels, azOfSubnetItem, azSpan, subnetList } from '../support/subnets';
import type { Rule } from '../types';

export const elbSingleAz: Rule = {
  meta: {
    id: 'AL501',
    name: 'elb-single-az',
    category: 'networking',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones',
    description: {
      en: 'Load balancer placed in fewer than two Availability Zones',
      ko: '로드 밸런서가 두 개 미만의 가용 영역에 배치됨',
    },
    messages: {
      tooFewSubnets: {
        en: "Application load balancer '{resource}' has only {count} subnet in {property}; an ALB needs subnets in at least two Availability Zones.",
        ko: "애플리케이션 로드 밸런서 '{resource}'의 {property}에 서브넷이 {count}개뿐입니다. ALB에는 최소 두 가용 영역의 서브넷이 필요합니다.",
      },
      singleSubnet: {
        en: "Network load balancer '{resource}' sits in a single subnet; an outage of that Availability Zone takes the service down.",
        ko: "네트워크 로드 밸런서 '{resource}'가 서브넷 하나에만 있습니다. 그 가용 영역에 장애가 나면 서비스가 멈춥니다.",
      },
      sameAz: {
        en: "Load balancer '{resource}' lists {count} subnets in {property}, but all of them are in {az}; spread them over at least two Availability Zones.",
        ko: "로드 밸런서 '{resource}'의 {property}에 서브넷이 {count}개 있지만 모두 {az}에 있습니다. 최소 두 가용 영역에 나누어 배치하세요.",
      },
    },
    lesson: {
      why: {
        en: 'A load balancer is only as available as the zones it spans. With nodes in two or more Availability Zones, one zone can fail and the load balancer keeps routing to the targets in the others. An Application Load Balancer cannot even be created with fewer than two zones.',
        ko: '로드 밸런서의 가용성은 걸쳐 있는 가용 영역만큼입니다. 두 개 이상의 AZ에 노드가 있으면 한 AZ가 장애가 나도 나머지 AZ의 대상으로 계속 트래픽을 보냅니다. ALB는 두 AZ 미만으로는 생성조차 되지 않습니다.',
      },
      scenario: {
        en: 'The shop moved from on-premises to AWS: an ELB spreads users over the web/app servers. The notes stress that the ELB must be given two or more AZs, so that when one AZ goes down the ELB in another AZ keeps the service running.',
        ko: '온프레미스 쇼핑몰을 AWS로 옮기며 ELB가 Web/App 서버로 부하를 분산합니다. 노트는 ELB를 만들 때 AZ를 2개 이상 선택해야 한 AZ가 장애로 중단돼도 다른 AZ의 ELB로 서비스를 계속 운영할 수 있다고 강조합니다.',
      },
      answer: {
        en: 'Give the load balancer one subnet in each of at least two Availability Zones (typically the public subnets of a two-AZ VPC), with targets in the same zones.',
        ko: '로드 밸런서에 최소 두 가용 영역에서 각각 하나씩 서브넷을 지정하세요(보통 2-AZ VPC의 퍼블릭 서브넷). 대상도 같은 AZ들에 두세요.',
      },
    },
    seeds: ['002'],
  },
  check({ template, report }) {
    for (const lb of template.resourcesOfType('AWS::ElasticLoadBalancingV2::LoadBalancer')) {
      const typeNode = mapGet(lb.properties, 'Type');
      const kind = typeNode === undefined ? 'application' : resolveString(template, typeNode);
      if (kind !== 'application' && kind !== 'network') continue; // gateway LBs and unknown types
      const property = mapGet(lb.properties, 'Subnets') !== undefined ? 'Subnets' : mapGet(lb.properties, 'SubnetMappings') !== undefined ? 'SubnetMappings' : undefined;
      if (!property) continue; // without either, the placement is not written here
      const list = subnetList(template, mapGet(lb.properties, property));
      if (!list) continue;
      const path = ['Resources', lb.id, 'Properties', property];
      const base = { resource: lb.id, property };
      if (kind === 'application' && list.max < 2) {
        report({ messageId: 'tooFewSubnets', path, resourceId: lb.id, data: { ...base, count: list.max } });
        continue;
      }
      if (kind === 'network' && list.max === 1) {
        report({ messageId: 'singleSubnet', path, resourceId: lb.id, severity: 'warning', data: base });
        continue;
      }
      // Two or more subnets that are all in one zone are no better than one.
      if (list.min !== list.max || list.items.length !== list.max || list.max < 2) continue;
      const azs = list.items.map((item) => azOfSubnetItem(template, subnetItem(item, property)));
      if (azSpan(azs).max >= 2) continue;
      report({
        messageId: 'sameAz',
        path,
        resourceId: lb.id,
        severity: kind === 'application' ? 'error' : 'warning',
        data: { ...base, count: list.max, az: azLabels(azs) },
      });
    }
  },
};

/** A `Subnets` item is the subnet; a `SubnetMappings` item holds it in `SubnetId`. */
function subnetItem(item: CfnNode, property: string): CfnNode {
  return property === 'SubnetMappings' ? (mapGet(item, 'SubnetId') ?? item) : item;
}

import { mapGet } from '../../parse/nodes';
import { isAbsent } from '../../model/values';
import { listKeys } from '../support/availabilityZones';
import type { Rule } from '../types';

export const asgSingleAz: Rule = {
  meta: {
    id: 'AL110',
    name: 'asg-single-az',
    category: 'compute',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html',
    description: {
      en: 'Auto Scaling group confined to one Availability Zone',
      ko: '하나의 가용 영역에만 있는 Auto Scaling 그룹',
    },
    messages: {
      oneSubnet: {
        en: "Auto Scaling group '{resource}' launches into a single subnet ({subnet}); an outage of that AZ takes the whole tier down.",
        ko: "'{resource}' Auto Scaling 그룹이 서브넷 하나({subnet})에서만 인스턴스를 시작합니다. 그 AZ에 장애가 나면 계층 전체가 중단됩니다.",
      },
      oneZone: {
        en: "Auto Scaling group '{resource}' lists a single Availability Zone ({zone}); an outage of that AZ takes the whole tier down.",
        ko: "'{resource}' Auto Scaling 그룹에 가용 영역이 하나({zone})만 지정되어 있습니다. 그 AZ에 장애가 나면 계층 전체가 중단됩니다.",
      },
      sameZone: {
        en: "Auto Scaling group '{resource}' uses {count} subnets ({subnets}) that all sit in the same Availability Zone; an outage of that AZ takes the whole tier down.",
        ko: "'{resource}' Auto Scaling 그룹이 서브넷 {count}개({subnets})를 쓰지만 모두 같은 가용 영역에 있습니다. 그 AZ에 장애가 나면 계층 전체가 중단됩니다.",
      },
    },
    lesson: {
      why: {
        en: 'Auto Scaling replaces failed instances and balances them across the AZs it may use. With only one AZ there is nowhere else to launch: a power, network or capacity problem in that zone stops the whole group, however many instances it runs.',
        ko: 'Auto Scaling은 장애 난 인스턴스를 교체하고 사용할 수 있는 AZ에 고르게 분산합니다. AZ가 하나뿐이면 다른 곳에 시작할 수 없어서, 그 영역의 전원·네트워크·용량 문제가 인스턴스 수와 관계없이 그룹 전체를 멈춥니다.',
      },
      scenario: {
        en: 'The architecture notes move an on-premises shop to AWS: web and app servers in Auto Scaling groups behind an ELB, one public and one private subnet in every AZ, so that when one AZ fails the service keeps running in another. An AZ is a physically separate group of data centers; a failure in one does not affect the others.',
        ko: '아키텍처 노트는 온프레미스 쇼핑몰을 AWS로 옮깁니다. 웹·앱 서버는 ELB 뒤의 Auto Scaling 그룹에 두고, 가용 영역마다 퍼블릭과 프라이빗 서브넷을 1개씩 만들어 한 AZ에 장애가 나도 다른 AZ에서 서비스를 계속 운영합니다. AZ는 물리적으로 분리된 데이터센터 묶음이라 한 AZ의 장애가 다른 AZ에 영향을 주지 않습니다.',
      },
      answer: {
        en: 'List at least two subnets in different AZs in VPCZoneIdentifier (or two zones in AvailabilityZones), with a minimum capacity that survives losing one of them, and attach the group to a load balancer that spans the same AZs.',
        ko: 'VPCZoneIdentifier에 서로 다른 AZ의 서브넷을 두 개 이상(또는 AvailabilityZones에 두 개 이상의 영역) 지정하고, 그중 하나를 잃어도 버틸 수 있는 최소 용량을 두고, 같은 AZ들에 걸친 로드 밸런서에 그룹을 연결하세요.',
      },
    },
    seeds: ['002'],
  },
  check({ template, graph, report }) {
    for (const group of template.resourcesOfType('AWS::AutoScaling::AutoScalingGroup')) {
      const subnetsNode = mapGet(group.properties, 'VPCZoneIdentifier');
      const base = ['Resources', group.id, 'Properties'];
      // Subnets decide the AZs when both are given.
      if (!isAbsent(subnetsNode)) {
        const subnets = listKeys(template, subnetsNode, 'subnet');
        if (!subnets) continue;
        const distinct = [...new Set(subnets)];
        const path = template.pathOf(subnetsNode!) ?? [...base, 'VPCZoneIdentifier'];
        const names = distinct.map(displayName);
        if (distinct.length === 1) {
          report({ messageId: 'oneSubnet', path, resourceId: group.id, data: { resource: group.id, subnet: names[0] } });
          continue;
        }
        // Beyond the count: subnets of this template that all sit in one AZ are still one AZ.
        // The graph places the group only when every subnet is the template's, and lists
        // its AZs only when every subnet's AZ is decided.
        const placement = graph.nodes.get(group.id)?.network;
        if (placement && placement.subnets.length === distinct.length && placement.azs.length === 1) {
          report({ messageId: 'sameZone', path, resourceId: group.id, data: { resource: group.id, count: distinct.length, subnets: names.join(', ') } });
        }
        continue;
      }
      const zonesNode = mapGet(group.properties, 'AvailabilityZones');
      const zones = listKeys(template, zonesNode, 'zone');
      if (!zones || zonesNode === undefined) continue;
      const distinct = [...new Set(zones)];
      if (distinct.length === 1) {
        report({ messageId: 'oneZone', path: template.pathOf(zonesNode) ?? [...base, 'AvailabilityZones'], resourceId: group.id, data: { resource: group.id, zone: displayName(distinct[0]) } });
      }
    }
  },
};

/** `res:SubnetA` → SubnetA, `lit:subnet-0ab` → subnet-0ab, `az#0` → the first AZ (Fn::GetAZs). */
function displayName(key: string): string {
  if (key.startsWith('az#')) return `Fn::Select [${key.slice(3)}, Fn::GetAZs]`;
  if (key.startsWith('sel:')) {
    const [, index, name] = key.split(':');
    return `Fn::Select [${index}, ${name}]`;
  }
  return key.slice(key.indexOf(':') + 1);
}

import { azLabels, azSpan, networkIndex, type SubnetInfo, type SubnetTier } from '../support/subnets';
import type { Rule } from '../types';

export const subnetsSingleAz: Rule = {
  meta: {
    id: 'AL507',
    name: 'subnets-single-az',
    category: 'networking',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-example-private-subnets-nat.html',
    description: {
      en: 'All public (or all private) subnets of a VPC are in one Availability Zone',
      ko: 'VPC의 퍼블릭(또는 프라이빗) 서브넷이 모두 한 가용 영역에 있음',
    },
    messages: {
      publicSameAz: {
        en: "All public subnets of VPC '{vpc}' ({subnets}) are in {az}; an outage of that Availability Zone takes the whole public tier down.",
        ko: "VPC '{vpc}'의 퍼블릭 서브넷({subnets})이 모두 {az}에 있습니다. 그 가용 영역에 장애가 나면 퍼블릭 계층 전체가 멈춥니다.",
      },
      privateSameAz: {
        en: "All private subnets of VPC '{vpc}' ({subnets}) are in {az}; an outage of that Availability Zone takes the whole private tier down.",
        ko: "VPC '{vpc}'의 프라이빗 서브넷({subnets})이 모두 {az}에 있습니다. 그 가용 영역에 장애가 나면 프라이빗 계층 전체가 멈춥니다.",
      },
      publicSingleSubnet: {
        en: "VPC '{vpc}' has a single public subnet ({subnets}), so its public tier lives in one Availability Zone; an outage there takes it down.",
        ko: "VPC '{vpc}'에 퍼블릭 서브넷이 하나({subnets})뿐이라 퍼블릭 계층이 한 가용 영역에만 있습니다. 그 AZ에 장애가 나면 계층 전체가 멈춥니다.",
      },
      privateSingleSubnet: {
        en: "VPC '{vpc}' has a single private subnet ({subnets}), so its private tier lives in one Availability Zone; an outage there takes it down.",
        ko: "VPC '{vpc}'에 프라이빗 서브넷이 하나({subnets})뿐이라 프라이빗 계층이 한 가용 영역에만 있습니다. 그 AZ에 장애가 나면 계층 전체가 멈춥니다.",
      },
    },
    lesson: {
      why: {
        en: 'Availability Zones are physically separate data centers, and a failure in one leaves the others running, but only if each tier has a subnet in another zone to fail over to. With all subnets of a tier in one zone, that zone is a single point of failure.',
        ko: '가용 영역은 물리적으로 분리된 데이터센터라 한 AZ의 장애가 다른 AZ에 영향을 주지 않습니다. 단, 각 계층이 다른 AZ에도 서브넷을 가지고 있어야 그쪽으로 넘어갈 수 있습니다. 한 계층의 서브넷이 모두 한 AZ에 있으면 그 AZ가 단일 장애 지점입니다.',
      },
      scenario: {
        en: 'The notes split the VPC into a public subnet reachable from outside and a private subnet that is not, and create one of each per Availability Zone, so that when one AZ fails the service keeps running in another.',
        ko: '노트는 VPC를 외부에서 접근 가능한 Public Subnet과 접근 불가능한 Private Subnet으로 나누고 가용 영역마다 1개씩 만들어, 한 가용 영역에 장애가 나도 다른 가용 영역에서 서비스를 계속 운영합니다.',
      },
      answer: {
        en: 'Create one public and one private subnet in each of at least two Availability Zones, for example with `!Select [0, !GetAZs \'\']` and `!Select [1, !GetAZs \'\']`.',
        ko: '최소 두 가용 영역에 각각 퍼블릭 서브넷과 프라이빗 서브넷을 하나씩 만드세요. 예: `!Select [0, !GetAZs \'\']`와 `!Select [1, !GetAZs \'\']`.',
      },
    },
    seeds: ['002'],
  },
  check({ template, report }) {
    // Subnets by VPC; within a VPC, by tier.
    const byVpc = new Map<string, SubnetInfo[]>();
    for (const subnet of networkIndex(template).subnets.values()) {
      if (!subnet.vpcKey) continue;
      (byVpc.get(subnet.vpcKey) ?? byVpc.set(subnet.vpcKey, []).get(subnet.vpcKey)!).push(subnet);
    }
    for (const subnets of byVpc.values()) {
      const untiered = subnets.filter((s) => s.tier === undefined);
      for (const tier of ['public', 'private'] as SubnetTier[]) {
        const group = subnets.filter((s) => s.tier === tier);
        if (group.length === 0) continue;
        // A subnet whose tier the template does not tell might be this tier's second zone.
        const azs = [...group, ...untiered].map((s) => s.az);
        if (azSpan(azs).max >= 2) continue;
        const first = group[0];
        const path = first.vpcId ? ['Resources', first.vpcId] : ['Resources', first.resource.id, 'Properties', 'AvailabilityZone'];
        // One subnet is one zone even when the template does not name it; two or more that
        // pass the check above all name the same zone.
        const single = group.length === 1;
        const data = { vpc: first.vpcId ?? vpcLabel(first), subnets: group.map((s) => s.resource.id).join(', ') };
        report({
          messageId: `${tier}${single ? 'SingleSubnet' : 'SameAz'}`,
          path,
          resourceId: first.vpcId ?? first.resource.id,
          data: single ? data : { ...data, az: azLabels(group.map((s) => s.az)) },
        });
      }
    }
  },
};

function vpcLabel(subnet: SubnetInfo): string {
  const plain = JSON.parse(subnet.vpcKey) as unknown;
  if (typeof plain === 'string') return plain;
  if (plain && typeof plain === 'object' && 'Ref' in plain) return String((plain as { Ref: unknown }).Ref);
  return subnet.vpcKey;
}

import { mapGet } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import { azLabels, azSpan, networkIndex, type AzKey } from '../support/subnets';
import type { Rule } from '../types';

export const natGatewaySingleAz: Rule = {
  meta: {
    id: 'AL502',
    name: 'nat-gateway-single-az',
    category: 'networking',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html',
    description: {
      en: 'Private subnets in several Availability Zones share one NAT gateway',
      ko: '여러 가용 영역의 프라이빗 서브넷이 NAT 게이트웨이 하나를 공유함',
    },
    messages: {
      shared: {
        en: "NAT gateway '{resource}' is the only way out for private subnets {subnets} in {azCount} Availability Zones ({azs}); if its zone fails, all of them lose outbound internet access.",
        ko: "NAT 게이트웨이 '{resource}'가 {azCount}개 가용 영역({azs})에 있는 프라이빗 서브넷 {subnets}의 유일한 출구입니다. 이 게이트웨이의 AZ에 장애가 나면 모든 서브넷이 외부 인터넷 접근을 잃습니다.",
      },
    },
    lesson: {
      why: {
        en: 'A NAT gateway is a zonal resource: it lives in one public subnet of one Availability Zone. Private subnets of other zones that route through it lose their outbound internet access when that zone fails, and pay cross-AZ data charges every day.',
        ko: 'NAT 게이트웨이는 한 AZ의 퍼블릭 서브넷 하나에 있는 영역 리소스입니다. 다른 AZ의 프라이빗 서브넷이 이를 거치면 그 AZ 장애 시 외부 인터넷 접근을 잃고, 평소에도 AZ 간 데이터 전송 비용을 냅니다.',
      },
      scenario: {
        en: 'The notes put a NAT gateway in a public subnet so that private instances can fetch security updates while staying unreachable from outside, and add that for availability a NAT gateway must be created in every AZ\'s public subnet.',
        ko: '노트는 Private Subnet의 인스턴스가 외부에서 접근되지 않으면서 보안 업데이트 등을 위해 인터넷을 쓰도록 Public Subnet에 NAT Gateway를 두고, 가용성을 위해 가용 영역의 Public Subnet마다 NAT Gateway를 만들어야 한다고 덧붙입니다.',
      },
      changed: {
        en: 'Since the seed was written AWS added regional NAT gateways (`AvailabilityMode: regional`), one gateway that expands across the Availability Zones of the VPC by itself. The check accepts them; it flags zonal NAT gateways (the default) shared across zones.',
        ko: '노트 작성 이후 AWS는 VPC의 여러 가용 영역으로 스스로 확장되는 리전 NAT 게이트웨이(`AvailabilityMode: regional`)를 추가했습니다. 이 검사는 이를 허용하고, 여러 AZ가 공유하는 영역(zonal, 기본값) NAT 게이트웨이만 표시합니다.',
      },
      answer: {
        en: 'Create one NAT gateway per Availability Zone, each in that zone\'s public subnet, and give each zone\'s private subnets their own route table whose 0.0.0.0/0 route targets the NAT gateway of the same zone. Or use a regional NAT gateway.',
        ko: 'AZ마다 NAT 게이트웨이를 하나씩 그 AZ의 퍼블릭 서브넷에 만들고, AZ별 프라이빗 서브넷에 별도 라우팅 테이블을 주어 0.0.0.0/0 경로가 같은 AZ의 NAT 게이트웨이를 향하게 하세요. 또는 리전 NAT 게이트웨이를 쓰세요.',
      },
    },
    seeds: ['002'],
  },
  check({ template, report }) {
    const network = networkIndex(template);
    for (const [natId, tables] of network.natRouteTables) {
      // A regional NAT gateway spans the zones itself; a mode the template does not decide may be regional.
      const mode = mapGet(template.resources.get(natId)?.properties, 'AvailabilityMode');
      if (mode !== undefined && resolveString(template, mode)?.toLowerCase() !== 'zonal') continue;
      // Private subnets whose default route goes through this NAT gateway.
      const subnets = [...new Set(tables.flatMap((table) => network.routeTableSubnets.get(table) ?? []))];
      const azs: Array<AzKey | undefined> = subnets.map((id) => network.subnets.get(id)?.az);
      // Only zones the template decides count; two distinct ones are enough to be sure.
      const span = azSpan(azs.filter((az) => az !== undefined));
      if (span.min < 2) continue;
      report({
        messageId: 'shared',
        path: ['Resources', natId],
        resourceId: natId,
        data: { resource: natId, azCount: span.min, azs: azLabels(azs), subnets: subnets.join(', ') },
      });
    }
  },
};

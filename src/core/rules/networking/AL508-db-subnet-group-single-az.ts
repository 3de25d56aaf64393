import { mapGet } from '../../parse/nodes';
import { azLabels, azOfSubnetItem, azSpan, subnetList } from '../support/subnets';
import type { Rule } from '../types';

const SUBNET_GROUP_TYPES = ['AWS::RDS::DBSubnetGroup', 'AWS::ElastiCache::SubnetGroup'];

export const dbSubnetGroupSingleAz: Rule = {
  meta: {
    id: 'AL508',
    name: 'db-subnet-group-single-az',
    category: 'networking',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets',
    description: {
      en: 'Database subnet group covers fewer than two Availability Zones',
      ko: '데이터베이스 서브넷 그룹이 두 개 미만의 가용 영역만 포함함',
    },
    messages: {
      oneSubnet: {
        en: "Subnet group '{resource}' ({type}) lists a single subnet; it must cover at least two Availability Zones.",
        ko: "서브넷 그룹 '{resource}'({type})에 서브넷이 하나뿐입니다. 최소 두 가용 영역을 포함해야 합니다.",
      },
      sameAz: {
        en: "Subnet group '{resource}' ({type}) lists {count} subnets, but all of them are in {az}; it must cover at least two Availability Zones.",
        ko: "서브넷 그룹 '{resource}'({type})에 서브넷이 {count}개 있지만 모두 {az}에 있습니다. 최소 두 가용 영역을 포함해야 합니다.",
      },
    },
    lesson: {
      why: {
        en: 'RDS refuses a DB subnet group that does not span at least two Availability Zones, because Multi-AZ standbys, failover and even later moves need a subnet in another zone. A cache subnet group in one zone leaves no place for a replica to fail over to.',
        ko: 'RDS는 최소 두 가용 영역에 걸치지 않은 DB 서브넷 그룹을 거부합니다. Multi-AZ 대기 인스턴스, 장애 조치, 이후의 이동에도 다른 AZ의 서브넷이 필요하기 때문입니다. 한 AZ에만 있는 캐시 서브넷 그룹도 복제본이 넘어갈 곳이 없습니다.',
      },
      scenario: {
        en: 'In the notes the single RDS instance became the single point of failure that took the whole shop down; the fix was Multi-AZ, with a synchronous standby in another AZ promoted automatically. That standby needs a subnet in a second zone.',
        ko: '노트에서 RDS 인스턴스 하나가 전체 서비스를 멈춘 단일 장애 지점이었고, 해결책은 다른 AZ에 동기 복제 대기 인스턴스를 두고 자동 승격하는 Multi-AZ였습니다. 그 대기 인스턴스에는 두 번째 AZ의 서브넷이 필요합니다.',
      },
      answer: {
        en: 'List private subnets from at least two Availability Zones in the subnet group (one per zone), and enable Multi-AZ on the database.',
        ko: '서브넷 그룹에 최소 두 가용 영역의 프라이빗 서브넷(AZ당 하나)을 넣고, 데이터베이스에 Multi-AZ를 켜세요.',
      },
    },
    seeds: ['002', '003'],
  },
  check({ template, report }) {
    for (const type of SUBNET_GROUP_TYPES) {
      for (const group of template.resourcesOfType(type)) {
        const list = subnetList(template, mapGet(group.properties, 'SubnetIds'));
        if (!list) continue;
        const path = ['Resources', group.id, 'Properties', 'SubnetIds'];
        const data = { type, resource: group.id };
        if (list.max === 1) {
          report({ messageId: 'oneSubnet', path, resourceId: group.id, data });
          continue;
        }
        if (list.min !== list.max || list.items.length !== list.max || list.max < 2) continue;
        const azs = list.items.map((item) => azOfSubnetItem(template, item));
        if (azSpan(azs).max >= 2) continue;
        report({ messageId: 'sameAz', path, resourceId: group.id, data: { ...data, count: list.max, az: azLabels(azs) } });
      }
    }
  },
};

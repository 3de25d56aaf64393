import { mapGet } from '../../parse/nodes';
import { groupsInList, ingressRules, ingressSource, isVpcCidrReference } from '../support/securityGroups';
import type { Rule } from '../types';

/** Data-tier resources and the property that attaches their security groups. */
const DATA_TIER: ReadonlyArray<readonly [string, string]> = [
  ['AWS::RDS::DBInstance', 'VPCSecurityGroups'],
  ['AWS::RDS::DBCluster', 'VpcSecurityGroupIds'],
  ['AWS::RDS::DBProxy', 'VpcSecurityGroupIds'],
  ['AWS::ElastiCache::CacheCluster', 'VpcSecurityGroupIds'],
  ['AWS::ElastiCache::ReplicationGroup', 'SecurityGroupIds'],
  ['AWS::ElastiCache::ServerlessCache', 'SecurityGroupIds'],
  ['AWS::DocDB::DBCluster', 'VpcSecurityGroupIds'],
];

export const securityChainCidrOnDataTier: Rule = {
  meta: {
    id: 'AL505',
    name: 'security-chain-cidr-on-data-tier',
    category: 'networking',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html',
    description: {
      en: 'Data-tier security group allows ingress by CIDR instead of by security group',
      ko: '데이터 계층 보안 그룹이 보안 그룹 대신 CIDR로 인바운드를 허용함',
    },
    messages: {
      cidrSource: {
        en: "Security group '{group}' of {dataTier} allows {cidr} by IP range; reference the application tier's security group instead.",
        ko: "{dataTier}의 보안 그룹 '{group}'이(가) IP 범위({cidr})로 접근을 허용합니다. 대신 애플리케이션 계층의 보안 그룹을 참조하세요.",
      },
      vpcCidrSource: {
        en: "Security group '{group}' of {dataTier} allows the whole VPC CIDR block; reference the application tier's security group instead.",
        ko: "{dataTier}의 보안 그룹 '{group}'이(가) VPC CIDR 블록 전체를 허용합니다. 대신 애플리케이션 계층의 보안 그룹을 참조하세요.",
      },
    },
    lesson: {
      why: {
        en: 'An IP range admits everything that happens to sit in it: other tiers, other teams\' instances, whatever is launched there later. A security-group reference admits exactly the members of the app tier, and follows them as Auto Scaling adds and removes instances.',
        ko: 'IP 범위는 그 안에 있는 모든 것을 허용합니다. 다른 계층, 다른 팀의 인스턴스, 나중에 생기는 리소스까지요. 보안 그룹 참조는 앱 계층 구성원만 정확히 허용하고, Auto Scaling으로 인스턴스가 늘고 줄어도 따라갑니다.',
      },
      scenario: {
        en: 'The notes\' security chain: each tier accepts only the traffic of the tier right in front of it. The RDS security group allows only the app servers, the app servers only the web servers, the web servers only the ELB.',
        ko: '노트의 보안 체인: 각 계층은 바로 앞 계층의 트래픽만 받습니다. RDS SG는 APP 서버만, APP 서버는 WEB 서버만, WEB 서버는 ELB만 허용합니다.',
      },
      answer: {
        en: 'Write the data tier\'s ingress with `SourceSecurityGroupId` pointing at the application tier\'s security group, on the database port only.',
        ko: '데이터 계층의 인바운드 규칙을 `SourceSecurityGroupId`로 애플리케이션 계층 보안 그룹을 가리키게 하고, 데이터베이스 포트만 여세요.',
      },
    },
    seeds: ['002'],
  },
  check({ template, report }) {
    // Security group → the data-tier resources it protects, built once.
    const protects = new Map<string, string[]>();
    for (const [type, property] of DATA_TIER) {
      for (const resource of template.resourcesOfType(type)) {
        for (const group of groupsInList(template, mapGet(resource.properties, property))) {
          (protects.get(group) ?? protects.set(group, []).get(group)!).push(resource.id);
        }
      }
    }
    if (protects.size === 0) return;
    for (const rule of ingressRules(template)) {
      const dataTier = rule.groupId ? protects.get(rule.groupId) : undefined;
      if (!dataTier) continue;
      const source = ingressSource(template, rule);
      if (source.kind !== 'cidr' || source.world) continue; // the open internet is AL504's finding
      // A CIDR the template does not decide may be anything, except the VPC's own block.
      const vpcCidr = source.value === undefined && isVpcCidrReference(template, source.node);
      if (source.value === undefined && !vpcCidr) continue;
      const data = { group: rule.groupId!, dataTier: dataTier.map((id) => `'${id}'`).join(', ') };
      report({
        messageId: vpcCidr ? 'vpcCidrSource' : 'cidrSource',
        path: [...rule.path, source.key],
        resourceId: rule.owner.id,
        data: vpcCidr ? data : { ...data, cidr: source.value! },
      });
    }
  },
};

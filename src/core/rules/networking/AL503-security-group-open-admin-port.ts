import { openedPorts, worldOpenIngress } from '../support/securityGroups';
import type { Rule } from '../types';

/** SSH (TCP) and RDP (TCP and UDP). */
const ADMIN_PORTS: Record<'tcp' | 'udp', number[]> = { tcp: [22, 3389], udp: [3389] };

export const securityGroupOpenAdminPort: Rule = {
  meta: {
    id: 'AL503',
    name: 'security-group-open-admin-port',
    category: 'networking',
    severity: 'warning',
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    description: {
      en: 'Security group opens SSH or RDP to the whole internet',
      ko: '보안 그룹이 SSH 또는 RDP를 인터넷 전체에 개방함',
    },
    messages: {
      openAdmin: {
        en: "Security group '{group}' allows {ports} from {cidr}: anyone on the internet can try to log in.",
        ko: "보안 그룹 '{group}'이(가) {cidr}에서 {ports} 접속을 허용합니다. 인터넷의 누구나 로그인을 시도할 수 있습니다.",
      },
      openAllPorts: {
        en: "Security group '{group}' allows every port from {cidr}, including {ports}: anyone on the internet can try to log in.",
        ko: "보안 그룹 '{group}'이(가) {cidr}에서 모든 포트를 허용합니다({ports} 포함). 인터넷의 누구나 로그인을 시도할 수 있습니다.",
      },
    },
    lesson: {
      why: {
        en: 'A security group is the instance\'s firewall. Opening SSH (22) or RDP (3389) to 0.0.0.0/0 or ::/0 exposes the login service to constant scanning and password attacks from the whole internet.',
        ko: '보안 그룹은 인스턴스의 방화벽입니다. SSH(22)나 RDP(3389)를 0.0.0.0/0 또는 ::/0에 열면 로그인 서비스가 인터넷 전체의 스캔과 암호 대입 공격에 상시 노출됩니다.',
      },
      scenario: {
        en: 'The notes design five security groups (ELB, EC2, web, app, RDS) and warn to open only the ports each one needs; the security chain then lets every tier accept traffic only from the tier in front of it.',
        ko: '노트는 ELB, EC2, WEB, APP, RDS용 보안 그룹 5개를 만들고, 보안을 위해 필요한 포트만 열라고 합니다. 보안 체인으로 각 계층은 바로 앞 계층의 트래픽만 받습니다.',
      },
      answer: {
        en: 'Remove the admin port from the internet. Use AWS Systems Manager Session Manager (no inbound port at all), or allow 22/3389 only from a bastion host\'s security group or a small corporate CIDR.',
        ko: '관리 포트를 인터넷에서 닫으세요. 인바운드 포트가 필요 없는 Systems Manager Session Manager를 쓰거나, 22/3389는 배스천 호스트의 보안 그룹이나 좁은 사내 CIDR에서만 허용하세요.',
      },
    },
    seeds: ['002'],
  },
  check({ template, graph, report }) {
    for (const { rule, source, protocol, range } of worldOpenIngress(template, graph)) {
      const candidates = protocol === 'all' ? ADMIN_PORTS.tcp : ADMIN_PORTS[protocol];
      const ports = openedPorts(range, candidates);
      if (ports.length === 0) continue;
      report({
        messageId: range.all ? 'openAllPorts' : 'openAdmin',
        path: [...rule.path, source.key],
        resourceId: rule.owner.id,
        data: { group: rule.groupId ?? rule.owner.id, ports: ports.map(portLabel).join(', '), cidr: source.value ?? '' },
      });
    }
  },
};

function portLabel(port: number): string {
  return port === 22 ? 'SSH (22)' : port === 3389 ? 'RDP (3389)' : String(port);
}

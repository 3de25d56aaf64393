import { openedPorts, worldOpenIngress } from '../support/securityGroups';
import type { Rule } from '../types';

/** Database and cache engines' default ports. */
const DATABASE_PORTS: ReadonlyMap<number, string> = new Map([
  [3306, 'MySQL/Aurora'],
  [5432, 'PostgreSQL'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [6379, 'Redis'],
  [11211, 'Memcached'],
  [27017, 'MongoDB/DocumentDB'],
  [9042, 'Cassandra/Keyspaces'],
  [5439, 'Redshift'],
  [8182, 'Neptune'],
]);

export const securityGroupOpenDatabasePort: Rule = {
  meta: {
    id: 'AL504',
    name: 'security-group-open-database-port',
    category: 'networking',
    severity: 'error',
    docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
    description: {
      en: 'Security group opens a database or cache port to the whole internet',
      ko: '보안 그룹이 데이터베이스/캐시 포트를 인터넷 전체에 개방함',
    },
    messages: {
      openDatabase: {
        en: "Security group '{group}' allows {ports} from {cidr}: the data tier is reachable from the whole internet.",
        ko: "보안 그룹 '{group}'이(가) {cidr}에서 {ports} 접속을 허용합니다. 데이터 계층이 인터넷 전체에서 접근 가능합니다.",
      },
      openAllPorts: {
        en: "Security group '{group}' allows every port from {cidr}, every database and cache port included: the data tier is reachable from the whole internet.",
        ko: "보안 그룹 '{group}'이(가) {cidr}에서 모든 포트를 허용합니다(모든 데이터베이스·캐시 포트 포함). 데이터 계층이 인터넷 전체에서 접근 가능합니다.",
      },
    },
    lesson: {
      why: {
        en: 'Database and cache ports open to 0.0.0.0/0 or ::/0 put the data tier one leaked or guessed password away from the internet. The data tier should accept connections only from the application tier.',
        ko: '데이터베이스·캐시 포트를 0.0.0.0/0 또는 ::/0에 열면 비밀번호 하나만 유출되거나 추측돼도 인터넷에서 데이터 계층에 들어올 수 있습니다. 데이터 계층은 애플리케이션 계층의 연결만 받아야 합니다.',
      },
      scenario: {
        en: 'The notes\' security chain: the RDS security group allows only traffic from the app servers, the app servers only from the web servers, and the web servers only from the ELB, all set in the security groups\' inbound rules.',
        ko: '노트의 보안 체인: RDS 보안 그룹은 APP 서버의 트래픽만, APP 서버는 WEB 서버의 트래픽만, WEB 서버는 ELB의 트래픽만 허용하며, 모두 보안 그룹의 인바운드 규칙으로 설정합니다.',
      },
      answer: {
        en: 'Keep the database in private subnets and allow its port only from the application tier\'s security group (`SourceSecurityGroupId`), never from 0.0.0.0/0.',
        ko: '데이터베이스는 프라이빗 서브넷에 두고, 포트는 애플리케이션 계층 보안 그룹(`SourceSecurityGroupId`)에서만 허용하세요. 0.0.0.0/0은 절대 안 됩니다.',
      },
    },
    seeds: ['002'],
  },
  check({ template, graph, report }) {
    for (const { rule, source, protocol, range } of worldOpenIngress(template, graph)) {
      // Database protocols run over TCP; a UDP rule does not reach them.
      if (protocol === 'udp') continue;
      const ports = openedPorts(range, [...DATABASE_PORTS.keys()]);
      if (ports.length === 0) continue;
      report({
        messageId: range.all ? 'openAllPorts' : 'openDatabase',
        path: [...rule.path, source.key],
        resourceId: rule.owner.id,
        // Every port: the message says so rather than list ten engines.
        data: range.all
          ? { group: rule.groupId ?? rule.owner.id, cidr: source.value ?? '' }
          : { group: rule.groupId ?? rule.owner.id, ports: ports.map((port) => `${port} (${DATABASE_PORTS.get(port)})`).join(', '), cidr: source.value ?? '' },
      });
    }
  },
};

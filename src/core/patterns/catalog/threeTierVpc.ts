import type { TemplateBuilder } from '../builder';
import { autoScalingGroup } from '../blocks/autoScaling';
import { distributionForLoadBalancer } from '../blocks/edge';
import { applicationLoadBalancer } from '../blocks/loadBalancer';
import { securityGroup, vpc, type VpcIds } from '../blocks/network';
import { multiAzDatabase, type SqlEngine } from '../blocks/relational';
import { getAtt, ref, sub } from '../values';
import type { OptionValues, PatternDefinition, PatternOption } from '../types';

export const AZ_OPTION: PatternOption = {
  kind: 'choice',
  key: 'azCount',
  title: { en: 'Availability zones', ko: '가용 영역 수' },
  description: { en: 'Spread every tier over two or three AZs', ko: '모든 계층을 AZ 2개 또는 3개에 분산' },
  default: '2',
  choices: [
    { value: '2', title: { en: 'Two AZs', ko: 'AZ 2개' } },
    { value: '3', title: { en: 'Three AZs', ko: 'AZ 3개' } },
  ],
};

export const ENGINE_OPTION: PatternOption = {
  kind: 'choice',
  key: 'engine',
  title: { en: 'Database engine', ko: '데이터베이스 엔진' },
  description: { en: 'MySQL or PostgreSQL', ko: 'MySQL 또는 PostgreSQL' },
  default: 'mysql',
  choices: [
    { value: 'mysql', title: { en: 'MySQL', ko: 'MySQL' } },
    { value: 'postgres', title: { en: 'PostgreSQL', ko: 'PostgreSQL' } },
  ],
};

/** nginx on each instance, showing which AZ served the page, plus the DB settings for the app. */
const WEB_USER_DATA = `#!/bin/bash
set -euo pipefail
dnf install -y nginx
TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')
ZONE=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/placement/availability-zone)
echo "<h1>\${AWS::StackName}</h1><p>Served from $ZONE</p>" > /usr/share/nginx/html/index.html
mkdir -p /usr/share/nginx/html/api
echo "{\"zone\": \"$ZONE\"}" > /usr/share/nginx/html/api/index.html
cat > /etc/app.env <<'APPENV'
DB_HOST=\${Database.Endpoint.Address}
DB_PORT=\${Database.Endpoint.Port}
DB_SECRET_ARN=\${Database.MasterUserSecret.SecretArn}
APPENV
systemctl enable --now nginx
`;

export interface ThreeTierIds {
  network: VpcIds;
  loadBalancer: string;
  distribution: string;
}

export interface ThreeTierExtras {
  gatewayEndpoints?: Array<'s3' | 'dynamodb'>;
  /** Builds the distribution in front of the ALB; the default serves everything from the ALB. */
  edge?: (t: TemplateBuilder, loadBalancer: string) => string;
}

/**
 * three-tier-vpc: CloudFront → ALB (public subnets) → Auto Scaling group (private app
 * subnets) → Multi-AZ RDS (private data subnets), with the security-group chain.
 */
export function threeTier(t: TemplateBuilder, options: OptionValues, extra: ThreeTierExtras = {}): ThreeTierIds {
  const network = vpc(t, { azCount: Number(options.azCount), tiers: ['public', 'app', 'data'], nat: true, gatewayEndpoints: extra.gatewayEndpoints });
  const alb = applicationLoadBalancer(t, { prefix: 'Web', vpc: network.vpc, subnets: network.subnets.public, targetType: 'instance' });
  const appSg = securityGroup(
    t,
    'AppSecurityGroup',
    ref(network.vpc),
    'App servers: HTTP from the load balancer only',
    [{ port: 80, from: { securityGroup: alb.securityGroup }, description: 'HTTP from the load balancer' }],
    'The app tier accepts traffic only from the load balancer.',
  );
  const database = multiAzDatabase(t, { vpc: network.vpc, subnets: network.subnets.data, clientSecurityGroups: [appSg], engine: options.engine as SqlEngine });
  autoScalingGroup(t, {
    prefix: 'App',
    subnets: network.subnets.app,
    securityGroup: appSg,
    userData: WEB_USER_DATA,
    targetGroups: [alb.targetGroup],
    statements: [{ Action: 'secretsmanager:GetSecretValue', Resource: getAtt(database.instance, 'MasterUserSecret.SecretArn') }],
    cpuTarget: 50,
    comment: 'Web/app servers in every AZ behind the load balancer; unhealthy ones are replaced.',
  });
  const distribution = extra.edge
    ? extra.edge(t, alb.loadBalancer)
    : distributionForLoadBalancer(
        t,
        'EdgeDistribution',
        alb.loadBalancer,
        'CloudFront in front of the ALB: edge caching and HTTPS close to users, less traffic and cost at the origin.',
      );
  t.output('SiteUrl', { Description: 'Open the site (through CloudFront)', Value: sub(`https://\${${distribution}.DomainName}`) });
  t.output('LoadBalancerDnsName', { Description: 'The load balancer behind CloudFront', Value: getAtt(alb.loadBalancer, 'DNSName') });
  t.output('DatabaseEndpoint', { Description: 'Database endpoint for the app tier', Value: getAtt(database.instance, 'Endpoint.Address') });
  t.output('DatabaseSecretArn', { Description: 'Secret holding the database credentials', Value: getAtt(database.instance, 'MasterUserSecret.SecretArn') });
  return { network, loadBalancer: alb.loadBalancer, distribution };
}

export const threeTierVpcPattern: PatternDefinition = {
  id: 'three-tier-vpc',
  version: '1.0.0',
  title: { en: 'Classic 3-tier web app on AWS', ko: 'AWS의 전형적인 3계층 웹 애플리케이션' },
  description: {
    en: 'A VPC with public, private app and private data subnets in every AZ, a NAT gateway per AZ, an ALB, an Auto Scaling group and a Multi-AZ RDS database, chained by security groups, with CloudFront in front.',
    ko: '모든 AZ에 퍼블릭·프라이빗 앱·프라이빗 데이터 서브넷이 있는 VPC, AZ마다 NAT 게이트웨이, ALB, Auto Scaling 그룹, 다중 AZ RDS를 보안 그룹으로 연결하고 앞에 CloudFront를 둡니다.',
  },
  seeds: ['002'],
  scenario: {
    en: 'The shopping mall outgrew its on-premises servers: a load balancer over two AZs, servers that scale with events, and a database that fails over instead of taking the shop down.',
    ko: '온프레미스 서버로는 감당할 수 없게 된 쇼핑몰: AZ 두 곳에 걸친 로드 밸런서, 이벤트에 맞춰 늘어나는 서버, 장애 시 서비스를 멈추지 않고 페일오버하는 데이터베이스.',
  },
  keywords: ['vpc', 'subnet', 'nat', 'alb', 'elb', 'asg', 'auto scaling', 'rds', 'multi-az', 'ec2', '3티어', '쇼핑몰'],
  options: [AZ_OPTION, ENGINE_OPTION],
  build(t, options) {
    threeTier(t, options);
  },
};

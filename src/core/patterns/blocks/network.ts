import type { TemplateBuilder } from '../builder';
import { az, getAtt, note, ref, sub, tags, type Value, type ValueMap } from '../values';

export type SubnetTier = 'public' | 'app' | 'data';

export interface VpcSpec {
  /** Availability zones to spread over (2 or 3). */
  azCount: number;
  /** Tiers to create; `public` brings the internet gateway, `app` a NAT gateway per AZ. */
  tiers: readonly SubnetTier[];
  /** Private app subnets reach the internet through NAT (per AZ) when true. */
  nat?: boolean;
  /** Gateway endpoints (free) for S3 and/or DynamoDB on the private route tables. */
  gatewayEndpoints?: ReadonlyArray<'s3' | 'dynamodb'>;
  cidr?: string;
}

export interface VpcIds {
  vpc: string;
  subnets: Record<SubnetTier, string[]>;
  /** Route tables of the private subnets (app and data). */
  privateRouteTables: string[];
}

const TIER_OFFSET: Record<SubnetTier, number> = { public: 0, app: 10, data: 20 };
const TIER_NAME: Record<SubnetTier, string> = { public: 'Public', app: 'App', data: 'Data' };

/**
 * A VPC with one subnet per tier in each AZ. Public subnets route to the internet
 * gateway; each AZ's app subnet routes through that AZ's own NAT gateway, so one AZ
 * failing never cuts the others off; data subnets have no route to the internet.
 */
export function vpc(t: TemplateBuilder, spec: VpcSpec): VpcIds {
  const ids: VpcIds = { vpc: 'Vpc', subnets: { public: [], app: [], data: [] }, privateRouteTables: [] };
  const cidr = spec.cidr ?? '10.0';
  const zones = Array.from({ length: spec.azCount }, (_, i) => i);
  const hasPublic = spec.tiers.includes('public');
  t.resource(
    ids.vpc,
    'AWS::EC2::VPC',
    { CidrBlock: `${cidr}.0.0/16`, EnableDnsSupport: true, EnableDnsHostnames: true, Tags: tags({ Name: sub('${AWS::StackName}-vpc') }) },
    `The network: ${spec.tiers.map((tier) => TIER_NAME[tier].toLowerCase()).join(', ')} subnets in ${spec.azCount} availability zones.`,
  );

  for (const tier of spec.tiers) {
    for (const i of zones) {
      const id = `${TIER_NAME[tier]}Subnet${i + 1}`;
      t.resource(
        id,
        'AWS::EC2::Subnet',
        {
          VpcId: ref(ids.vpc),
          AvailabilityZone: az(i),
          CidrBlock: `${cidr}.${TIER_OFFSET[tier] + i}.0/24`,
          MapPublicIpOnLaunch: false,
          Tags: tags({ Name: sub(`\${AWS::StackName}-${tier}-${i + 1}`) }),
        },
        i === 0 ? tierComment(tier) : undefined,
      );
      ids.subnets[tier].push(id);
    }
  }

  if (hasPublic) {
    t.resource('InternetGateway', 'AWS::EC2::InternetGateway', {}, 'The way in and out for the public subnets.');
    t.resource('InternetGatewayAttachment', 'AWS::EC2::VPCGatewayAttachment', { VpcId: ref(ids.vpc), InternetGatewayId: ref('InternetGateway') });
    t.resource('PublicRouteTable', 'AWS::EC2::RouteTable', { VpcId: ref(ids.vpc) });
    t.resource(
      'PublicDefaultRoute',
      'AWS::EC2::Route',
      { RouteTableId: ref('PublicRouteTable'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('InternetGateway') },
      undefined,
      { dependsOn: 'InternetGatewayAttachment' },
    );
    ids.subnets.public.forEach((subnet, i) => {
      t.resource(`PublicSubnet${i + 1}RouteTableAssociation`, 'AWS::EC2::SubnetRouteTableAssociation', { SubnetId: ref(subnet), RouteTableId: ref('PublicRouteTable') });
    });
  }

  if (spec.tiers.includes('app')) {
    for (const i of zones) {
      const n = i + 1;
      const table = `AppRouteTable${n}`;
      t.resource(table, 'AWS::EC2::RouteTable', { VpcId: ref(ids.vpc) }, i === 0 ? 'Each AZ has its own route table for its app subnet.' : undefined);
      t.resource(`AppSubnet${n}RouteTableAssociation`, 'AWS::EC2::SubnetRouteTableAssociation', { SubnetId: ref(`AppSubnet${n}`), RouteTableId: ref(table) });
      ids.privateRouteTables.push(table);
      if (spec.nat && hasPublic) {
        t.resource(`NatEip${n}`, 'AWS::EC2::EIP', { Domain: 'vpc' }, undefined, { dependsOn: 'InternetGatewayAttachment' });
        t.resource(
          `NatGateway${n}`,
          'AWS::EC2::NatGateway',
          { AllocationId: getAtt(`NatEip${n}`, 'AllocationId'), SubnetId: ref(`PublicSubnet${n}`) },
          i === 0 ? 'One NAT gateway per AZ: a NAT gateway lives in one AZ, and a shared one is a single point of failure.' : undefined,
        );
        t.resource(`AppDefaultRoute${n}`, 'AWS::EC2::Route', { RouteTableId: ref(table), DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: ref(`NatGateway${n}`) });
      }
    }
  }

  if (spec.tiers.includes('data')) {
    t.resource('DataRouteTable', 'AWS::EC2::RouteTable', { VpcId: ref(ids.vpc) }, 'Data subnets are isolated: no route to or from the internet.');
    ids.subnets.data.forEach((subnet, i) => {
      t.resource(`DataSubnet${i + 1}RouteTableAssociation`, 'AWS::EC2::SubnetRouteTableAssociation', { SubnetId: ref(subnet), RouteTableId: ref('DataRouteTable') });
    });
    ids.privateRouteTables.push('DataRouteTable');
  }

  for (const service of spec.gatewayEndpoints ?? []) {
    t.resource(
      service === 's3' ? 'S3GatewayEndpoint' : 'DynamoDbGatewayEndpoint',
      'AWS::EC2::VPCEndpoint',
      {
        VpcId: ref(ids.vpc),
        ServiceName: sub(`com.amazonaws.\${AWS::Region}.${service}`),
        VpcEndpointType: 'Gateway',
        RouteTableIds: ids.privateRouteTables.map((table) => ref(table)),
      },
      service === 's3'
        ? 'Gateway endpoint: private subnets reach S3 without the NAT gateway, free of per-GB NAT charges.'
        : 'Gateway endpoint: private subnets reach DynamoDB without a NAT gateway.',
    );
  }
  return ids;
}

function tierComment(tier: SubnetTier): string {
  switch (tier) {
    case 'public':
      return 'Public subnets hold only what faces the internet: the load balancer and the NAT gateways.';
    case 'app':
      return 'Private app subnets: servers have no public address and are reached through the load balancer.';
    case 'data':
      return 'Private data subnets: the database tier, reachable only from the app tier.';
  }
}

export interface SecurityGroupRule {
  port: number;
  toPort?: number;
  from: { securityGroup: string } | { cidr: string };
  description: string;
}

/**
 * A security group whose ingress names the tier in front of it (`SourceSecurityGroupId`),
 * not IP ranges: the chain ALB → app → DB follows instances as they scale.
 */
export function securityGroup(t: TemplateBuilder, id: string, vpcRef: Value, description: string, ingress: SecurityGroupRule[], comment?: string): string {
  const rules: ValueMap[] = ingress.map((rule) => {
    const out: ValueMap = { IpProtocol: 'tcp', FromPort: rule.port, ToPort: rule.toPort ?? rule.port, Description: rule.description };
    if ('securityGroup' in rule.from) out.SourceSecurityGroupId = ref(rule.from.securityGroup);
    else out.CidrIp = rule.from.cidr;
    return out;
  });
  const properties: ValueMap = { GroupDescription: description, VpcId: vpcRef };
  const chained = ingress.length > 0 && ingress.every((rule) => 'securityGroup' in rule.from);
  if (rules.length > 0) properties.SecurityGroupIngress = chained ? note('Ingress names the tier in front, never an IP range.', rules) : rules;
  properties.Tags = tags({ Name: sub(`\${AWS::StackName}-${id}`) });
  return t.resource(id, 'AWS::EC2::SecurityGroup', properties, comment);
}

import { intrinsicName, isSeq, mapGet, scalarString, toPlain, type CfnNode } from '../../parse/nodes';
import { resolveString } from '../../model/values';
import type { Resource, Template } from '../../model/template';
import { referencedId, subVariables } from '../../graph/references';
import { addResource, freshLogicalId } from '../../edit/templateEdits';
import type { PlainValue } from '../../edit/serialize';
import { effectiveProperty, lambdaFunctions } from '../support/lambda';
import { grantsS3, ownStatements, roleStatements } from '../support/iamPolicies';
import { networkIndex } from '../support/subnets';
import type { Rule } from '../types';

export const s3ThroughNatWithoutEndpoint: Rule = {
  meta: {
    id: 'AL506',
    name: 's3-through-nat-without-endpoint',
    category: 'networking',
    severity: 'info',
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html',
    description: {
      en: 'Private workloads reach S3 through a NAT gateway instead of a gateway VPC endpoint',
      ko: '프라이빗 워크로드가 게이트웨이 VPC 엔드포인트 대신 NAT 게이트웨이로 S3에 접근함',
    },
    messages: {
      viaNat: {
        en: "The S3 traffic of {workloads} in the private subnets of VPC '{vpc}' goes out through NAT ({nats}) and pays NAT data processing per GB; the template has no gateway VPC endpoint for S3.",
        ko: "VPC '{vpc}'의 프라이빗 서브넷에 있는 {workloads}의 S3 트래픽이 NAT 게이트웨이({nats})를 거쳐 나가 GB당 NAT 처리 요금을 냅니다. 템플릿에 S3용 게이트웨이 VPC 엔드포인트가 없습니다.",
      },
    },
    lesson: {
      why: {
        en: 'S3 is a public AWS service. Without an endpoint, instances in private subnets reach it over the internet through the NAT gateway, paying NAT data processing per GB. A gateway VPC endpoint for S3 costs nothing and keeps the traffic on the AWS network.',
        ko: 'S3는 퍼블릭 AWS 서비스입니다. 엔드포인트가 없으면 프라이빗 서브넷의 인스턴스는 NAT 게이트웨이를 거쳐 인터넷으로 S3에 접근하며 GB당 NAT 처리 요금을 냅니다. S3 게이트웨이 VPC 엔드포인트는 무료이고 트래픽을 AWS 내부망에 둡니다.',
      },
      scenario: {
        en: 'In the notes, the app servers in the private subnet talk to S3 over the internet through the NAT gateway, not over the AWS network. A VPC endpoint lets them reach S3 internally, cutting cost and complexity.',
        ko: '노트에서 Private Subnet의 APP 서버는 AWS 내부망이 아니라 NAT Gateway를 거쳐 인터넷으로 S3와 통신합니다. VPC Endpoint를 쓰면 내부망으로 S3와 통신해 비용과 복잡성을 줄일 수 있습니다.',
      },
      answer: {
        en: 'Add an `AWS::EC2::VPCEndpoint` of type Gateway for `com.amazonaws.<region>.s3`, attached to the private subnets\' route tables.',
        ko: '`com.amazonaws.<region>.s3`용 Gateway 타입 `AWS::EC2::VPCEndpoint`를 추가하고 프라이빗 서브넷의 라우팅 테이블에 연결하세요.',
      },
    },
    seeds: ['002'],
    fixes: {
      addEndpoint: { en: 'Add a gateway VPC endpoint for S3', ko: 'S3 게이트웨이 VPC 엔드포인트 추가' },
    },
  },
  check({ template, report }) {
    const network = networkIndex(template);
    if (network.natRouteTables.size === 0 || mayHaveS3Endpoint(template)) return;

    // Subnets whose default route leaves through a NAT gateway of this template.
    const natOfSubnet = new Map<string, { nat: string; table: string }>();
    for (const [nat, tables] of network.natRouteTables) {
      for (const table of tables) for (const subnet of network.routeTableSubnets.get(table) ?? []) natOfSubnet.set(subnet, { nat, table });
    }

    // Group by VPC: the S3 users behind NAT, the NAT gateways and the route tables to attach.
    const byVpc = new Map<string, { vpcNode: CfnNode | undefined; vpcId?: string; users: Set<string>; nats: Set<string>; tables: Set<string> }>();
    for (const workload of s3Workloads(template)) {
      for (const subnet of workload.subnets) {
        const route = natOfSubnet.get(subnet);
        const info = network.subnets.get(subnet);
        if (!route || !info) continue;
        const group = byVpc.get(info.vpcKey) ?? byVpc.set(info.vpcKey, { vpcNode: mapGet(info.resource.properties, 'VpcId'), vpcId: info.vpcId, users: new Set(), nats: new Set(), tables: new Set() }).get(info.vpcKey)!;
        group.users.add(workload.label);
        group.nats.add(route.nat);
        group.tables.add(route.table);
      }
    }

    for (const group of byVpc.values()) {
      const target = group.vpcId ?? [...group.nats][0];
      const endpoint: PlainValue = {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: {
          VpcEndpointType: 'Gateway',
          ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' },
          ...(group.vpcNode ? { VpcId: toPlain(group.vpcNode) as PlainValue } : {}),
          RouteTableIds: [...group.tables].map((table) => ({ Ref: table })),
        },
      };
      const edit = group.vpcNode ? addResource(template, freshLogicalId(template, 'S3GatewayEndpoint'), endpoint) : undefined;
      report({
        messageId: 'viaNat',
        path: ['Resources', target],
        resourceId: target,
        data: {
          vpc: group.vpcId ?? target,
          workloads: [...group.users].join(', '),
          nats: [...group.nats].map((nat) => `'${nat}'`).join(', '),
        },
        fixes: edit ? [{ fixId: 'addEndpoint', edits: [edit] }] : [],
      });
    }
  },
};

/** Any endpoint whose service might be S3 (a service name the template does not decide counts). */
function mayHaveS3Endpoint(template: Template): boolean {
  return template.resourcesOfType('AWS::EC2::VPCEndpoint').some((endpoint) => {
    const node = mapGet(endpoint.properties, 'ServiceName');
    const sub = mapGet(node, 'Fn::Sub');
    const text = resolveString(template, node) ?? (isSeq(sub) ? scalarString(sub.items[0]) : scalarString(sub));
    if (text === undefined) return true;
    const pseudo = new Set(['AWS::Region', 'AWS::URLSuffix', 'AWS::Partition']);
    if (subVariables(text).some((v) => !pseudo.has(v.name)) && intrinsicName(node) === 'Fn::Sub') return true;
    return /(^|\.)s3($|\.|-)/i.test(text) || /\.s3$/i.test(text);
  });
}

interface Workload {
  /** `'Id' (AWS::Type)`: the same in every language. */
  label: string;
  subnets: string[];
}

/** Functions, instances, Auto Scaling groups and ECS services in subnets whose role names S3 actions. */
function s3Workloads(template: Template): Workload[] {
  const out: Workload[] = [];
  const roleUsesS3 = (roleId: string | undefined): boolean => {
    const role = roleId ? template.resources.get(roleId) : undefined;
    if (role?.type !== 'AWS::IAM::Role') return false;
    return grantsS3(template, roleStatements(template, role.id), undefined, mapGet(role.properties, 'ManagedPolicyArns'));
  };
  const profileUsesS3 = (profileNode: CfnNode | undefined): boolean => {
    const profile = template.resources.get(referencedId(profileNode) ?? '');
    const roles = mapGet(profile?.properties, 'Roles');
    return profile?.type === 'AWS::IAM::InstanceProfile' && isSeq(roles) && roles.items.some((role) => roleUsesS3(referencedId(role)));
  };

  for (const fn of lambdaFunctions(template)) {
    const subnets = subnetIds(template, effectiveProperty(template, fn, 'VpcConfig', 'SubnetIds')?.node);
    if (subnets.length === 0) continue;
    const roleNode = mapGet(fn.effectiveProperties, 'Role');
    const usesS3 = roleNode !== undefined
      ? roleUsesS3(referencedId(roleNode))
      : grantsS3(template, ownStatements(template, fn.id), mapGet(fn.effectiveProperties, 'Policies'));
    if (usesS3) out.push({ label: labelOf(fn), subnets });
  }
  for (const instance of template.resourcesOfType('AWS::EC2::Instance')) {
    const subnets = subnetIds(template, mapGet(instance.properties, 'SubnetId'));
    const interfaces = mapGet(instance.properties, 'NetworkInterfaces');
    if (isSeq(interfaces)) for (const eni of interfaces.items) subnets.push(...subnetIds(template, mapGet(eni, 'SubnetId')));
    if (subnets.length > 0 && profileUsesS3(mapGet(instance.properties, 'IamInstanceProfile'))) out.push({ label: labelOf(instance), subnets });
  }
  for (const group of template.resourcesOfType('AWS::AutoScaling::AutoScalingGroup')) {
    const subnets = subnetIds(template, mapGet(group.properties, 'VPCZoneIdentifier'));
    if (subnets.length > 0 && launchProfileUsesS3(template, group, profileUsesS3)) out.push({ label: labelOf(group), subnets });
  }
  for (const service of template.resourcesOfType('AWS::ECS::Service')) {
    const subnets = subnetIds(template, mapGet(mapGet(mapGet(service.properties, 'NetworkConfiguration'), 'AwsvpcConfiguration'), 'Subnets'));
    const task = template.resources.get(referencedId(mapGet(service.properties, 'TaskDefinition')) ?? '');
    if (subnets.length > 0 && task && roleUsesS3(referencedId(mapGet(task.properties, 'TaskRoleArn')))) out.push({ label: labelOf(service), subnets });
  }
  return out;
}

function labelOf(resource: Resource): string {
  return `'${resource.id}' (${resource.type})`;
}

function launchProfileUsesS3(template: Template, group: Resource, profileUsesS3: (node: CfnNode | undefined) => boolean): boolean {
  const launchTemplate = mapGet(group.properties, 'LaunchTemplate') ?? mapGet(mapGet(mapGet(group.properties, 'MixedInstancesPolicy'), 'LaunchTemplate'), 'LaunchTemplateSpecification');
  const lt = template.resources.get(referencedId(mapGet(launchTemplate, 'LaunchTemplateId') ?? mapGet(launchTemplate, 'LaunchTemplateName')) ?? '');
  if (lt?.type === 'AWS::EC2::LaunchTemplate') {
    const profile = mapGet(mapGet(lt.properties, 'LaunchTemplateData'), 'IamInstanceProfile');
    if (profileUsesS3(mapGet(profile, 'Arn') ?? mapGet(profile, 'Name'))) return true;
  }
  const config = template.resources.get(referencedId(mapGet(group.properties, 'LaunchConfigurationName')) ?? '');
  return config?.type === 'AWS::AutoScaling::LaunchConfiguration' && profileUsesS3(mapGet(config.properties, 'IamInstanceProfile'));
}

/** Subnets of this template named by a subnet value or list. */
function subnetIds(template: Template, node: CfnNode | undefined): string[] {
  const items = isSeq(node) ? node.items : node ? [node] : [];
  const out: string[] = [];
  for (const item of items) {
    const id = referencedId(item);
    if (id && template.resources.get(id)?.type === 'AWS::EC2::Subnet') out.push(id);
  }
  return out;
}

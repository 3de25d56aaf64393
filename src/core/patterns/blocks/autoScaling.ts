import type { TemplateBuilder } from '../builder';
import { base64, getAtt, note, ref, sub, tags, type ValueMap } from '../values';
import { assumedBy, inlinePolicy, managedPolicy, type Statement } from './iam';

export interface AsgSpec {
  prefix: string;
  subnets: string[];
  securityGroup: string;
  /** Bash run at boot, through `Fn::Sub` (write `${!Var}` for shell variables). */
  userData: string;
  targetGroups?: string[];
  statements?: Statement[];
  minSize?: number;
  maxSize?: number;
  desiredCapacity?: number;
  /** Target-tracking on average CPU (percent); omit when another policy scales the group. */
  cpuTarget?: number;
  comment: string;
  dependsOn?: string[];
  /** Group metrics to publish (a backlog-per-instance policy reads GroupInServiceInstances). */
  groupMetrics?: string[];
}

export interface AsgIds {
  group: string;
  launchTemplate: string;
  role: string;
}

/** The AMI and instance type parameters, shared by every group in the template. */
export function instanceParameters(t: TemplateBuilder): void {
  if (t.hasParameter('LatestAmiId')) return;
  t.parameter('LatestAmiId', {
    Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
    Description: 'Amazon Linux 2023 AMI, resolved from the public SSM parameter at deploy time',
    Default: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
  });
  t.parameter('InstanceType', {
    Type: 'String',
    Description: 'EC2 instance type of the servers',
    Default: 't3.micro',
    AllowedValues: ['t3.micro', 't3.small', 't3.medium', 'm7i.large', 'c7i.large'],
  });
}

/**
 * A launch template (IMDSv2 only, no SSH: Session Manager instead) and an Auto Scaling
 * group spread over the private subnets of every AZ. It replaces failed instances and
 * scales with load; one standalone instance could do neither.
 */
export function autoScalingGroup(t: TemplateBuilder, spec: AsgSpec): AsgIds {
  const p = spec.prefix;
  const ids: AsgIds = { group: `${p}AutoScalingGroup`, launchTemplate: `${p}LaunchTemplate`, role: `${p}InstanceRole` };
  instanceParameters(t);
  const role: ValueMap = {
    AssumeRolePolicyDocument: assumedBy('ec2.amazonaws.com'),
    ManagedPolicyArns: [managedPolicy('AmazonSSMManagedInstanceCore')],
  };
  if (spec.statements?.length) role.Policies = [inlinePolicy(`${p}InstanceAccess`, spec.statements)];
  t.resource(ids.role, 'AWS::IAM::Role', role, 'Instance role: Session Manager access instead of SSH keys and open port 22.');
  t.resource(`${p}InstanceProfile`, 'AWS::IAM::InstanceProfile', { Roles: [ref(ids.role)] });
  t.resource(
    ids.launchTemplate,
    'AWS::EC2::LaunchTemplate',
    {
      LaunchTemplateData: {
        ImageId: ref('LatestAmiId'),
        InstanceType: ref('InstanceType'),
        IamInstanceProfile: { Arn: getAtt(`${p}InstanceProfile`, 'Arn') },
        SecurityGroupIds: [ref(spec.securityGroup)],
        MetadataOptions: note('IMDSv2 only: instance credentials need a session token.', { HttpTokens: 'required', HttpEndpoint: 'enabled' }),
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeType: 'gp3', VolumeSize: 8, Encrypted: true } }],
        TagSpecifications: [{ ResourceType: 'instance', Tags: tags({ Name: sub(`\${AWS::StackName}-${p.toLowerCase()}`) }) }],
        UserData: base64(sub(spec.userData)),
      },
    },
    'What every instance of the group looks like.',
  );
  const group: ValueMap = {
    VPCZoneIdentifier: note('One subnet per AZ: the group rebalances if an AZ fails.', spec.subnets.map((s) => ref(s))),
    LaunchTemplate: { LaunchTemplateId: ref(ids.launchTemplate), Version: getAtt(ids.launchTemplate, 'LatestVersionNumber') },
    MinSize: String(spec.minSize ?? 2),
    MaxSize: String(spec.maxSize ?? 6),
    DesiredCapacity: String(spec.desiredCapacity ?? spec.minSize ?? 2),
  };
  if (spec.groupMetrics?.length) group.MetricsCollection = [{ Granularity: '1Minute', Metrics: spec.groupMetrics }];
  if (spec.targetGroups?.length) {
    group.TargetGroupARNs = spec.targetGroups.map((tg) => ref(tg));
    group.HealthCheckType = 'ELB';
    group.HealthCheckGracePeriod = 120;
  }
  t.resource(ids.group, 'AWS::AutoScaling::AutoScalingGroup', group, spec.comment, {
    updatePolicy: { AutoScalingRollingUpdate: { MinInstancesInService: 1, MaxBatchSize: 1, PauseTime: 'PT5M' } },
    ...(spec.dependsOn?.length ? { dependsOn: spec.dependsOn } : {}),
  });
  if (spec.cpuTarget) {
    t.resource(
      `${p}CpuScalingPolicy`,
      'AWS::AutoScaling::ScalingPolicy',
      {
        AutoScalingGroupName: ref(ids.group),
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' }, TargetValue: spec.cpuTarget },
      },
      'Scale out when busy, in when idle: capacity follows traffic instead of a guess.',
    );
  }
  return ids;
}

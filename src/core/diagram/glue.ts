import type { GraphEdge, ResourceGraph } from '../graph/types';

/**
 * How the essentials view folds a glue resource into the resource it serves. The host is
 * found through the graph: either a resource the glue names in one of `hostProperties`
 * (a bucket policy names its bucket), or a resource that names the glue (a function names
 * its role). Glue whose host is glue too is followed on (policy → role → function). Glue
 * without any host stays on the picture, so nothing disappears without a trace.
 */
interface FoldRule {
  /** Properties of the glue whose references name its host. */
  hostProperties?: readonly string[];
  /** The host is whoever references the glue. */
  hostIsReferrer?: boolean;
  /** Only hosts of these types count (a target group folds into its listener, not its ASG). */
  hostTypes?: readonly string[];
  /** Referrers of these types are peers, not users (a group named as another group's source). */
  notHostTypes?: readonly string[];
  /** Network plumbing: hidden inside its VPC group rather than folded into a resource. */
  network?: boolean;
  /** The host takes the glue's network placement when it has none (EFS via mount targets). */
  lendsPlacement?: boolean;
}

const REFERRER: FoldRule = { hostIsReferrer: true };
const NETWORK: FoldRule = { network: true };
const on = (...hostProperties: string[]): FoldRule => ({ hostProperties });

const FOLD_RULES: Readonly<Record<string, FoldRule>> = {
  'AWS::IAM::Role': REFERRER,
  'AWS::IAM::Policy': { hostProperties: ['Roles', 'Users', 'Groups'] },
  'AWS::IAM::ManagedPolicy': { hostProperties: ['Roles', 'Users', 'Groups'], hostIsReferrer: true },
  'AWS::IAM::RolePolicy': on('RoleName'),
  'AWS::IAM::InstanceProfile': REFERRER,
  'AWS::IAM::AccessKey': on('UserName'),
  'AWS::IAM::UserToGroupAddition': on('GroupName'),
  'AWS::Lambda::Permission': on('FunctionName'),
  'AWS::Lambda::EventSourceMapping': on('FunctionName'),
  'AWS::Lambda::EventInvokeConfig': on('FunctionName'),
  'AWS::Lambda::Version': on('FunctionName'),
  'AWS::Lambda::Alias': on('FunctionName'),
  'AWS::Lambda::Url': on('TargetFunctionArn'),
  'AWS::Lambda::LayerVersion': REFERRER,
  'AWS::Lambda::LayerVersionPermission': on('LayerVersionArn'),
  'AWS::Serverless::LayerVersion': REFERRER,
  'AWS::EC2::SecurityGroup': {
    hostIsReferrer: true,
    notHostTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'],
  },
  'AWS::EC2::SecurityGroupIngress': on('GroupId'),
  'AWS::EC2::SecurityGroupEgress': on('GroupId'),
  'AWS::EC2::RouteTable': NETWORK,
  'AWS::EC2::Route': NETWORK,
  'AWS::EC2::SubnetRouteTableAssociation': NETWORK,
  'AWS::EC2::VPCGatewayAttachment': NETWORK,
  'AWS::EC2::NetworkAcl': NETWORK,
  'AWS::EC2::NetworkAclEntry': NETWORK,
  'AWS::EC2::SubnetNetworkAclAssociation': NETWORK,
  'AWS::EC2::VPCCidrBlock': NETWORK,
  'AWS::EC2::SubnetCidrBlock': NETWORK,
  'AWS::EC2::DHCPOptions': NETWORK,
  'AWS::EC2::VPCDHCPOptionsAssociation': NETWORK,
  'AWS::EC2::EIP': REFERRER,
  'AWS::EC2::EIPAssociation': on('InstanceId', 'AllocationId'),
  'AWS::EC2::VolumeAttachment': on('InstanceId'),
  'AWS::EC2::LaunchTemplate': REFERRER,
  'AWS::AutoScaling::LaunchConfiguration': REFERRER,
  'AWS::AutoScaling::ScalingPolicy': on('AutoScalingGroupName'),
  'AWS::AutoScaling::ScheduledAction': on('AutoScalingGroupName'),
  'AWS::AutoScaling::LifecycleHook': on('AutoScalingGroupName'),
  'AWS::AutoScaling::WarmPool': on('AutoScalingGroupName'),
  'AWS::ApplicationAutoScaling::ScalableTarget': on('ResourceId'),
  'AWS::ApplicationAutoScaling::ScalingPolicy': on('ScalingTargetId', 'ResourceId'),
  'AWS::S3::BucketPolicy': on('Bucket'),
  'AWS::SQS::QueuePolicy': on('Queues'),
  'AWS::SNS::TopicPolicy': on('Topics'),
  'AWS::SNS::Subscription': on('TopicArn'),
  'AWS::ApiGateway::Deployment': on('RestApiId'),
  'AWS::ApiGateway::Stage': on('RestApiId'),
  'AWS::ApiGateway::Resource': on('RestApiId'),
  'AWS::ApiGateway::Method': on('RestApiId'),
  'AWS::ApiGateway::Model': on('RestApiId'),
  'AWS::ApiGateway::RequestValidator': on('RestApiId'),
  'AWS::ApiGateway::Authorizer': on('RestApiId'),
  'AWS::ApiGateway::GatewayResponse': on('RestApiId'),
  'AWS::ApiGateway::DocumentationPart': on('RestApiId'),
  'AWS::ApiGateway::BasePathMapping': on('RestApiId'),
  'AWS::ApiGateway::UsagePlan': on('ApiStages'),
  'AWS::ApiGateway::UsagePlanKey': on('UsagePlanId'),
  'AWS::ApiGateway::ApiKey': REFERRER,
  'AWS::ApiGatewayV2::Stage': on('ApiId'),
  'AWS::ApiGatewayV2::Route': on('ApiId'),
  'AWS::ApiGatewayV2::RouteResponse': on('ApiId'),
  'AWS::ApiGatewayV2::Integration': on('ApiId'),
  'AWS::ApiGatewayV2::IntegrationResponse': on('ApiId'),
  'AWS::ApiGatewayV2::Deployment': on('ApiId'),
  'AWS::ApiGatewayV2::Authorizer': on('ApiId'),
  'AWS::ApiGatewayV2::ApiMapping': on('ApiId'),
  'AWS::ElasticLoadBalancingV2::Listener': on('LoadBalancerArn'),
  'AWS::ElasticLoadBalancingV2::ListenerRule': on('ListenerArn'),
  'AWS::ElasticLoadBalancingV2::ListenerCertificate': on('ListenerArn'),
  'AWS::ElasticLoadBalancingV2::TargetGroup': {
    hostIsReferrer: true,
    hostTypes: ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule'],
  },
  'AWS::RDS::DBSubnetGroup': { hostIsReferrer: true, lendsPlacement: true },
  'AWS::RDS::DBParameterGroup': REFERRER,
  'AWS::RDS::DBClusterParameterGroup': REFERRER,
  'AWS::RDS::OptionGroup': REFERRER,
  'AWS::RDS::DBProxyTargetGroup': on('DBProxyName'),
  'AWS::ElastiCache::SubnetGroup': { hostIsReferrer: true, lendsPlacement: true },
  'AWS::ElastiCache::ParameterGroup': REFERRER,
  'AWS::DocDB::DBSubnetGroup': { hostIsReferrer: true, lendsPlacement: true },
  'AWS::Neptune::DBSubnetGroup': { hostIsReferrer: true, lendsPlacement: true },
  'AWS::Redshift::ClusterSubnetGroup': { hostIsReferrer: true, lendsPlacement: true },
  'AWS::DAX::SubnetGroup': { hostIsReferrer: true, lendsPlacement: true },
  'AWS::DAX::ParameterGroup': REFERRER,
  'AWS::EFS::MountTarget': { hostProperties: ['FileSystemId'], lendsPlacement: true },
  'AWS::EFS::AccessPoint': on('FileSystemId'),
  'AWS::CloudFront::OriginAccessControl': REFERRER,
  'AWS::CloudFront::CloudFrontOriginAccessIdentity': REFERRER,
  'AWS::CloudFront::CachePolicy': REFERRER,
  'AWS::CloudFront::OriginRequestPolicy': REFERRER,
  'AWS::CloudFront::ResponseHeadersPolicy': REFERRER,
  'AWS::CloudFront::KeyGroup': REFERRER,
  'AWS::CloudFront::PublicKey': REFERRER,
  'AWS::CertificateManager::Certificate': REFERRER,
  'AWS::ECS::TaskDefinition': REFERRER,
  'AWS::ECS::ClusterCapacityProviderAssociations': on('Cluster'),
  'AWS::Logs::LogGroup': { hostProperties: ['LogGroupName'], hostIsReferrer: true },
  'AWS::Logs::SubscriptionFilter': on('LogGroupName'),
  'AWS::Logs::MetricFilter': on('LogGroupName'),
  'AWS::CloudWatch::Alarm': on('Dimensions', 'AlarmActions'),
  'AWS::KMS::Alias': on('TargetKeyId'),
  'AWS::SecretsManager::SecretTargetAttachment': on('SecretId'),
  'AWS::SecretsManager::RotationSchedule': on('SecretId'),
  'AWS::SecretsManager::ResourcePolicy': on('SecretId'),
  'AWS::WAFv2::WebACLAssociation': on('WebACLArn'),
  'AWS::WAFRegional::WebACLAssociation': on('WebACLId'),
  'AWS::Cognito::UserPoolClient': on('UserPoolId'),
  'AWS::Cognito::UserPoolDomain': on('UserPoolId'),
  'AWS::Cognito::UserPoolGroup': on('UserPoolId'),
  'AWS::Cognito::IdentityPoolRoleAttachment': on('IdentityPoolId'),
  'AWS::Events::EventBusPolicy': on('EventBusName'),
  'AWS::Events::Archive': on('SourceArn'),
  'AWS::CloudFormation::WaitConditionHandle': REFERRER,
  'AWS::CloudFormation::WaitCondition': on('Handle'),
};

export function isGlue(type: string): boolean {
  return type in FOLD_RULES;
}

export function isNetworkPlumbing(type: string): boolean {
  return FOLD_RULES[type]?.network === true;
}

export function lendsPlacement(type: string): boolean {
  return FOLD_RULES[type]?.lendsPlacement === true;
}

/** Where each glue resource went: visible host ids, or none when it stays visible. */
export interface Folding {
  /** Glue id → the visible resources it is folded into. */
  hosts: Map<string, string[]>;
  /** Network plumbing hidden inside its VPC group. */
  plumbing: Set<string>;
}

/** Decides, once per diagram, which resources the essentials view folds and into what. */
export function foldGlue(graph: ResourceGraph): Folding {
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from)!).push(edge);
    (incoming.get(edge.to) ?? incoming.set(edge.to, []).get(edge.to)!).push(edge);
  }
  const typeOf = (id: string) => graph.nodes.get(id)?.type ?? '';
  /** Glue pointing at its own host (a policy naming its role) is attached to it, not a user of it. */
  const namesItsHost = (edge: GraphEdge) =>
    edge.origin[2] === 'Properties' && (FOLD_RULES[typeOf(edge.from)]?.hostProperties?.includes(String(edge.origin[3])) ?? false);

  const directHosts = (id: string): string[] => {
    const rule = FOLD_RULES[typeOf(id)];
    if (!rule || rule.network) return [];
    const found = new Set<string>();
    if (rule.hostProperties) {
      for (const edge of outgoing.get(id) ?? []) {
        // Origin paths look like ['Resources', id, 'Properties', <property>, …].
        if (edge.origin[2] === 'Properties' && rule.hostProperties.includes(String(edge.origin[3]))) found.add(edge.to);
      }
    }
    if (rule.hostIsReferrer) {
      // Permissions point from the policy holder at what it may touch: not a use of the glue.
      for (const edge of incoming.get(id) ?? []) {
        if (edge.kind === 'permission' || namesItsHost(edge)) continue;
        found.add(edge.from);
      }
    }
    found.delete(id);
    return [...found].filter(
      (host) => (!rule.hostTypes || rule.hostTypes.includes(typeOf(host))) && !rule.notHostTypes?.includes(typeOf(host)),
    );
  };

  const hosts = new Map<string, string[]>();
  const plumbing = new Set<string>();
  const done = new Set<string>();
  const resolving = new Set<string>();
  /** The visible resources that stand for `id`: itself, its hosts, or none for plumbing. */
  const resolve = (id: string): string[] => {
    if (!isGlue(typeOf(id))) return [id];
    if (plumbing.has(id)) return [];
    if (done.has(id)) return hosts.get(id) ?? [id];
    if (isNetworkPlumbing(typeOf(id))) {
      plumbing.add(id);
      return [];
    }
    if (resolving.has(id)) return [id]; // A cycle of glue ends at the glue it started from.
    resolving.add(id);
    const visible = new Set<string>();
    for (const host of directHosts(id)) for (const final of resolve(host)) visible.add(final);
    visible.delete(id);
    resolving.delete(id);
    done.add(id);
    if (visible.size > 0) hosts.set(id, [...visible]);
    return visible.size > 0 ? [...visible] : [id];
  };
  for (const id of graph.nodes.keys()) resolve(id);
  // A glue resolved while its host was still being resolved may point at that (hidden) host.
  for (let pass = 0; pass < 4; pass++) {
    for (const [id, list] of hosts) {
      const visible = [...new Set(list.flatMap((host) => hosts.get(host) ?? (plumbing.has(host) ? [] : [host])))].filter((host) => host !== id);
      if (visible.length > 0) hosts.set(id, visible);
      else hosts.delete(id);
    }
  }
  return { hosts, plumbing };
}

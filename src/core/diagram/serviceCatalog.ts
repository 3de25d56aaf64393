import { mapGet, type CfnNode } from '../parse/nodes';
import { resolveBoolean, resolveString } from '../model/values';
import type { Template } from '../model/template';

/**
 * Service families pick a node's fallback shape and colour, and decide which derived flows
 * make sense (compute reads and writes stores, sends to messaging).
 */
export type ServiceFamily =
  | 'compute'
  | 'container'
  | 'storage'
  | 'database'
  | 'messaging'
  | 'integration'
  | 'api'
  | 'networking'
  | 'edge'
  | 'security'
  | 'management'
  | 'analytics'
  | 'external'
  | 'other';

/** Where a service lives when the network placement says nothing. */
export type HomeGroup = 'global' | 'vpc' | 'regional';

interface ServiceInfo {
  name: string;
  family: ServiceFamily;
  /** Icon name in the bundled `logos` Iconify subset (`media/icons/aws-icons.json`). */
  icon?: string;
  home?: HomeGroup;
}

const SERVICES: Readonly<Record<string, ServiceInfo>> = {
  'AWS::Lambda::Function': { name: 'Lambda function', family: 'compute', icon: 'aws-lambda' },
  'AWS::Serverless::Function': { name: 'Lambda function', family: 'compute', icon: 'aws-lambda' },
  'AWS::Lambda::LayerVersion': { name: 'Lambda layer', family: 'compute', icon: 'aws-lambda' },
  'AWS::Serverless::LayerVersion': { name: 'Lambda layer', family: 'compute', icon: 'aws-lambda' },
  'AWS::Lambda::EventSourceMapping': { name: 'Event source mapping', family: 'integration' },
  'AWS::Lambda::Permission': { name: 'Lambda permission', family: 'security' },
  'AWS::Lambda::Url': { name: 'Lambda function URL', family: 'compute' },
  'AWS::Lambda::Version': { name: 'Lambda version', family: 'compute' },
  'AWS::Lambda::Alias': { name: 'Lambda alias', family: 'compute' },
  'AWS::EC2::Instance': { name: 'EC2 instance', family: 'compute', icon: 'aws-ec2', home: 'vpc' },
  'AWS::AutoScaling::AutoScalingGroup': { name: 'Auto Scaling group', family: 'compute', icon: 'aws-ec2', home: 'vpc' },
  'AWS::AutoScaling::LaunchConfiguration': { name: 'Launch configuration', family: 'compute' },
  'AWS::EC2::LaunchTemplate': { name: 'Launch template', family: 'compute' },
  'AWS::Batch::ComputeEnvironment': { name: 'Batch compute environment', family: 'compute', icon: 'aws-batch' },
  'AWS::Batch::JobQueue': { name: 'Batch job queue', family: 'compute', icon: 'aws-batch' },
  'AWS::ElasticBeanstalk::Environment': { name: 'Elastic Beanstalk environment', family: 'compute', icon: 'aws-elastic-beanstalk' },
  'AWS::Lightsail::Instance': { name: 'Lightsail instance', family: 'compute', icon: 'aws-lightsail' },
  'AWS::ECS::Cluster': { name: 'ECS cluster', family: 'container', icon: 'aws-ecs' },
  'AWS::ECS::Service': { name: 'ECS service', family: 'container', icon: 'aws-ecs' },
  'AWS::ECS::TaskDefinition': { name: 'ECS task definition', family: 'container', icon: 'aws-ecs' },
  'AWS::EKS::Cluster': { name: 'EKS cluster', family: 'container', icon: 'aws-eks' },
  'AWS::EKS::Nodegroup': { name: 'EKS node group', family: 'container', icon: 'aws-eks', home: 'vpc' },
  'AWS::ECR::Repository': { name: 'ECR repository', family: 'container' },
  'AWS::AppRunner::Service': { name: 'App Runner service', family: 'container' },
  'AWS::S3::Bucket': { name: 'S3 bucket', family: 'storage', icon: 'aws-s3' },
  'AWS::S3::BucketPolicy': { name: 'Bucket policy', family: 'security' },
  'AWS::EFS::FileSystem': { name: 'EFS file system', family: 'storage' },
  'AWS::EFS::MountTarget': { name: 'EFS mount target', family: 'storage', home: 'vpc' },
  'AWS::Backup::BackupVault': { name: 'Backup vault', family: 'storage', icon: 'aws-backup' },
  'AWS::DynamoDB::Table': { name: 'DynamoDB table', family: 'database', icon: 'aws-dynamodb' },
  'AWS::DynamoDB::GlobalTable': { name: 'DynamoDB global table', family: 'database', icon: 'aws-dynamodb' },
  'AWS::Serverless::SimpleTable': { name: 'DynamoDB table', family: 'database', icon: 'aws-dynamodb' },
  'AWS::DAX::Cluster': { name: 'DAX cluster', family: 'database', icon: 'aws-dynamodb', home: 'vpc' },
  'AWS::RDS::DBInstance': { name: 'RDS DB instance', family: 'database', icon: 'aws-rds', home: 'vpc' },
  'AWS::RDS::DBCluster': { name: 'RDS DB cluster', family: 'database', icon: 'aws-rds', home: 'vpc' },
  'AWS::RDS::DBProxy': { name: 'RDS Proxy', family: 'database', icon: 'aws-rds', home: 'vpc' },
  'AWS::RDS::DBSubnetGroup': { name: 'DB subnet group', family: 'database' },
  'AWS::ElastiCache::CacheCluster': { name: 'ElastiCache cluster', family: 'database', icon: 'aws-elasticache', home: 'vpc' },
  'AWS::ElastiCache::ReplicationGroup': { name: 'ElastiCache replication group', family: 'database', icon: 'aws-elasticache', home: 'vpc' },
  'AWS::ElastiCache::ServerlessCache': { name: 'ElastiCache serverless cache', family: 'database', icon: 'aws-elasticache' },
  'AWS::DocDB::DBCluster': { name: 'DocumentDB cluster', family: 'database', icon: 'aws-documentdb', home: 'vpc' },
  'AWS::Neptune::DBCluster': { name: 'Neptune cluster', family: 'database', icon: 'aws-neptune', home: 'vpc' },
  'AWS::Redshift::Cluster': { name: 'Redshift cluster', family: 'analytics', icon: 'aws-redshift', home: 'vpc' },
  'AWS::Timestream::Table': { name: 'Timestream table', family: 'database', icon: 'aws-timestream' },
  'AWS::Cassandra::Table': { name: 'Keyspaces table', family: 'database', icon: 'aws-keyspaces' },
  'AWS::SQS::Queue': { name: 'SQS queue', family: 'messaging', icon: 'aws-sqs' },
  'AWS::SQS::QueuePolicy': { name: 'Queue policy', family: 'security' },
  'AWS::SNS::Topic': { name: 'SNS topic', family: 'messaging', icon: 'aws-sns' },
  'AWS::SNS::Subscription': { name: 'SNS subscription', family: 'messaging' },
  'AWS::SNS::TopicPolicy': { name: 'Topic policy', family: 'security' },
  'AWS::Kinesis::Stream': { name: 'Kinesis data stream', family: 'messaging', icon: 'aws-kinesis' },
  'AWS::KinesisFirehose::DeliveryStream': { name: 'Firehose stream', family: 'messaging', icon: 'aws-kinesis' },
  'AWS::Events::EventBus': { name: 'EventBridge event bus', family: 'messaging', icon: 'aws-eventbridge' },
  'AWS::Events::Rule': { name: 'EventBridge rule', family: 'integration', icon: 'aws-eventbridge' },
  'AWS::Scheduler::Schedule': { name: 'EventBridge schedule', family: 'integration', icon: 'aws-eventbridge' },
  'AWS::Pipes::Pipe': { name: 'EventBridge pipe', family: 'integration', icon: 'aws-eventbridge' },
  'AWS::AmazonMQ::Broker': { name: 'Amazon MQ broker', family: 'messaging', icon: 'aws-mq', home: 'vpc' },
  'AWS::MSK::Cluster': { name: 'MSK cluster', family: 'messaging', icon: 'aws-msk', home: 'vpc' },
  'AWS::StepFunctions::StateMachine': { name: 'Step Functions state machine', family: 'integration', icon: 'aws-step-functions' },
  'AWS::Serverless::StateMachine': { name: 'Step Functions state machine', family: 'integration', icon: 'aws-step-functions' },
  'AWS::IoT::TopicRule': { name: 'IoT topic rule', family: 'integration' },
  'AWS::SES::ConfigurationSet': { name: 'SES configuration set', family: 'messaging', icon: 'aws-ses' },
  'AWS::SES::EmailIdentity': { name: 'SES email identity', family: 'messaging', icon: 'aws-ses' },
  'AWS::ApiGateway::RestApi': { name: 'API Gateway REST API', family: 'api', icon: 'aws-api-gateway' },
  'AWS::Serverless::Api': { name: 'API Gateway REST API', family: 'api', icon: 'aws-api-gateway' },
  'AWS::ApiGatewayV2::Api': { name: 'API Gateway HTTP API', family: 'api', icon: 'aws-api-gateway' },
  'AWS::Serverless::HttpApi': { name: 'API Gateway HTTP API', family: 'api', icon: 'aws-api-gateway' },
  'AWS::AppSync::GraphQLApi': { name: 'AppSync GraphQL API', family: 'api', icon: 'aws-appsync' },
  'AWS::Serverless::GraphQLApi': { name: 'AppSync GraphQL API', family: 'api', icon: 'aws-appsync' },
  'AWS::CloudFront::Distribution': { name: 'CloudFront distribution', family: 'edge', icon: 'aws-cloudfront', home: 'global' },
  'AWS::CloudFront::Function': { name: 'CloudFront function', family: 'edge', icon: 'aws-cloudfront', home: 'global' },
  'AWS::CloudFront::OriginAccessControl': { name: 'Origin access control', family: 'security', home: 'global' },
  'AWS::CloudFront::CloudFrontOriginAccessIdentity': { name: 'Origin access identity', family: 'security', home: 'global' },
  'AWS::Route53::HostedZone': { name: 'Route 53 hosted zone', family: 'edge', icon: 'aws-route53', home: 'global' },
  'AWS::Route53::RecordSet': { name: 'Route 53 record', family: 'edge', icon: 'aws-route53', home: 'global' },
  'AWS::Route53::RecordSetGroup': { name: 'Route 53 records', family: 'edge', icon: 'aws-route53', home: 'global' },
  'AWS::Route53::HealthCheck': { name: 'Route 53 health check', family: 'edge', icon: 'aws-route53', home: 'global' },
  'AWS::GlobalAccelerator::Accelerator': { name: 'Global Accelerator', family: 'edge', home: 'global' },
  'AWS::WAF::WebACL': { name: 'WAF web ACL', family: 'security', icon: 'aws-waf', home: 'global' },
  'AWS::WAFv2::WebACL': { name: 'WAF web ACL', family: 'security', icon: 'aws-waf' },
  'AWS::WAFRegional::WebACL': { name: 'WAF web ACL', family: 'security', icon: 'aws-waf' },
  'AWS::Shield::Protection': { name: 'Shield protection', family: 'security', icon: 'aws-shield', home: 'global' },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': { name: 'Application Load Balancer', family: 'networking', icon: 'aws-elb', home: 'vpc' },
  'AWS::ElasticLoadBalancing::LoadBalancer': { name: 'Classic Load Balancer', family: 'networking', icon: 'aws-elb', home: 'vpc' },
  'AWS::ElasticLoadBalancingV2::TargetGroup': { name: 'Target group', family: 'networking', icon: 'aws-elb' },
  'AWS::ElasticLoadBalancingV2::Listener': { name: 'Listener', family: 'networking' },
  'AWS::ElasticLoadBalancingV2::ListenerRule': { name: 'Listener rule', family: 'networking' },
  'AWS::EC2::VPC': { name: 'VPC', family: 'networking', icon: 'aws-vpc' },
  'AWS::EC2::Subnet': { name: 'Subnet', family: 'networking', home: 'vpc' },
  'AWS::EC2::NatGateway': { name: 'NAT gateway', family: 'networking', home: 'vpc' },
  'AWS::EC2::InternetGateway': { name: 'Internet gateway', family: 'networking', home: 'vpc' },
  'AWS::EC2::VPCEndpoint': { name: 'VPC endpoint', family: 'networking', home: 'vpc' },
  'AWS::EC2::SecurityGroup': { name: 'Security group', family: 'security' },
  'AWS::EC2::EIP': { name: 'Elastic IP', family: 'networking' },
  'AWS::EC2::TransitGateway': { name: 'Transit gateway', family: 'networking' },
  'AWS::EC2::VPNGateway': { name: 'VPN gateway', family: 'networking' },
  'AWS::EC2::RouteTable': { name: 'Route table', family: 'networking' },
  'AWS::IAM::Role': { name: 'IAM role', family: 'security', icon: 'aws-iam' },
  'AWS::IAM::Policy': { name: 'IAM policy', family: 'security', icon: 'aws-iam' },
  'AWS::IAM::ManagedPolicy': { name: 'IAM managed policy', family: 'security', icon: 'aws-iam' },
  'AWS::IAM::InstanceProfile': { name: 'Instance profile', family: 'security', icon: 'aws-iam' },
  'AWS::IAM::User': { name: 'IAM user', family: 'security', icon: 'aws-iam' },
  'AWS::IAM::Group': { name: 'IAM group', family: 'security', icon: 'aws-iam' },
  'AWS::KMS::Key': { name: 'KMS key', family: 'security', icon: 'aws-kms' },
  'AWS::SecretsManager::Secret': { name: 'Secrets Manager secret', family: 'security', icon: 'aws-secrets-manager' },
  'AWS::CertificateManager::Certificate': { name: 'ACM certificate', family: 'security', icon: 'aws-certificate-manager' },
  'AWS::Cognito::UserPool': { name: 'Cognito user pool', family: 'security', icon: 'aws-cognito' },
  'AWS::Cognito::IdentityPool': { name: 'Cognito identity pool', family: 'security', icon: 'aws-cognito' },
  'AWS::CloudWatch::Alarm': { name: 'CloudWatch alarm', family: 'management', icon: 'aws-cloudwatch' },
  'AWS::CloudWatch::Dashboard': { name: 'CloudWatch dashboard', family: 'management', icon: 'aws-cloudwatch' },
  'AWS::Logs::LogGroup': { name: 'Log group', family: 'management', icon: 'aws-cloudwatch' },
  'AWS::CloudTrail::Trail': { name: 'CloudTrail trail', family: 'management', icon: 'aws-cloudtrail' },
  'AWS::Config::ConfigRule': { name: 'Config rule', family: 'management', icon: 'aws-config' },
  'AWS::SSM::Parameter': { name: 'SSM parameter', family: 'management', icon: 'aws-systems-manager' },
  'AWS::CodeBuild::Project': { name: 'CodeBuild project', family: 'management', icon: 'aws-codebuild' },
  'AWS::CodePipeline::Pipeline': { name: 'CodePipeline pipeline', family: 'management', icon: 'aws-codepipeline' },
  'AWS::CodeCommit::Repository': { name: 'CodeCommit repository', family: 'management', icon: 'aws-codecommit' },
  'AWS::CodeDeploy::Application': { name: 'CodeDeploy application', family: 'management', icon: 'aws-codedeploy' },
  'AWS::Glue::Database': { name: 'Glue database', family: 'analytics', icon: 'aws-glue' },
  'AWS::Glue::Job': { name: 'Glue job', family: 'analytics', icon: 'aws-glue' },
  'AWS::Glue::Crawler': { name: 'Glue crawler', family: 'analytics', icon: 'aws-glue' },
  'AWS::Athena::WorkGroup': { name: 'Athena workgroup', family: 'analytics', icon: 'aws-athena' },
  'AWS::OpenSearchService::Domain': { name: 'OpenSearch domain', family: 'analytics', icon: 'aws-open-search' },
  'AWS::Elasticsearch::Domain': { name: 'OpenSearch domain', family: 'analytics', icon: 'aws-open-search' },
  'AWS::QuickSight::Dashboard': { name: 'QuickSight dashboard', family: 'analytics', icon: 'aws-quicksight' },
  'AWS::LakeFormation::Resource': { name: 'Lake Formation resource', family: 'analytics', icon: 'aws-lake-formation' },
  'AWS::CloudFormation::Stack': { name: 'Nested stack', family: 'external', icon: 'aws-cloudformation' },
  'AWS::Serverless::Application': { name: 'Nested application', family: 'external', icon: 'aws-cloudformation' },
  'AWS::CloudFormation::CustomResource': { name: 'Custom resource', family: 'other', icon: 'aws-cloudformation' },
  'External::Import': { name: 'Imported value', family: 'external' },
};

/** Families by service name, for types the table above does not list. */
const FAMILY_BY_SERVICE: Readonly<Record<string, ServiceFamily>> = {
  Lambda: 'compute', EC2: 'networking', AutoScaling: 'compute', ApplicationAutoScaling: 'compute', Batch: 'compute',
  ECS: 'container', EKS: 'container', ECR: 'container', S3: 'storage', EFS: 'storage', FSx: 'storage', Backup: 'storage',
  DynamoDB: 'database', RDS: 'database', ElastiCache: 'database', DocDB: 'database', Neptune: 'database', DAX: 'database',
  SQS: 'messaging', SNS: 'messaging', Kinesis: 'messaging', KinesisFirehose: 'messaging', Events: 'integration',
  StepFunctions: 'integration', ApiGateway: 'api', ApiGatewayV2: 'api', AppSync: 'api', CloudFront: 'edge', Route53: 'edge',
  ElasticLoadBalancing: 'networking', ElasticLoadBalancingV2: 'networking', IAM: 'security', KMS: 'security',
  SecretsManager: 'security', Cognito: 'security', WAFv2: 'security', CertificateManager: 'security', CloudWatch: 'management',
  Logs: 'management', SSM: 'management', CloudFormation: 'management', Glue: 'analytics', Athena: 'analytics', Redshift: 'analytics',
};

/** The facts of a resource type that do not depend on its properties. */
export function serviceInfo(type: string): ServiceInfo {
  const known = SERVICES[type];
  if (known) return known;
  if (type.startsWith('Custom::')) return SERVICES['AWS::CloudFormation::CustomResource'];
  const [, service = '', resource = type] = type.split('::');
  return { name: `${service} ${splitWords(resource)}`.trim(), family: FAMILY_BY_SERVICE[service] ?? 'other' };
}

/** "TransitGatewayAttachment" → "transit gateway attachment". */
function splitWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase();
}

/** Icons chosen from properties rather than the type (see `iconFor`). */
const AURORA_ICON = 'aws-aurora';
const FARGATE_ICON = 'aws-fargate';

/** Every icon name the diagram can use: `media/icons/aws-icons.json` must hold exactly these. */
export function usedIconNames(): string[] {
  const fromTable = Object.values(SERVICES).flatMap((info) => (info.icon ? [info.icon] : []));
  return [...new Set([...fromTable, AURORA_ICON, FARGATE_ICON])].sort();
}

/**
 * The short type shown under the logical id. Properties refine it where an architect would
 * say so: FIFO queues and topics, NLB vs ALB, Aurora, Fargate, WebSocket APIs.
 */
export function describeType(template: Template | undefined, type: string, properties: CfnNode | undefined): string {
  const base = serviceInfo(type).name;
  if (!template || !properties) return base;
  const text = (key: string) => resolveString(template, mapGet(properties, key));
  switch (type) {
    case 'AWS::SQS::Queue':
    case 'AWS::SNS::Topic': {
      const fifo = type === 'AWS::SQS::Queue' ? 'FifoQueue' : 'FifoTopic';
      const name = text(type === 'AWS::SQS::Queue' ? 'QueueName' : 'TopicName');
      return resolveBoolean(template, mapGet(properties, fifo)) === true || name?.endsWith('.fifo') ? `${base} (FIFO)` : base;
    }
    case 'AWS::ElasticLoadBalancingV2::LoadBalancer': {
      const kind = text('Type')?.toLowerCase();
      return kind === 'network' ? 'Network Load Balancer' : kind === 'gateway' ? 'Gateway Load Balancer' : base;
    }
    case 'AWS::RDS::DBCluster':
      return text('Engine')?.toLowerCase().startsWith('aurora') ? 'Aurora cluster' : base;
    case 'AWS::RDS::DBInstance': {
      const engine = text('Engine')?.toLowerCase();
      return engine?.startsWith('aurora') ? 'Aurora DB instance' : base;
    }
    case 'AWS::ECS::Service':
      return text('LaunchType')?.toUpperCase() === 'FARGATE' ? 'ECS service (Fargate)' : base;
    case 'AWS::ApiGatewayV2::Api':
      return text('ProtocolType')?.toUpperCase() === 'WEBSOCKET' ? 'API Gateway WebSocket API' : base;
    case 'AWS::Events::Rule':
      return mapGet(properties, 'ScheduleExpression') ? 'EventBridge schedule' : base;
    case 'AWS::EC2::VPCEndpoint':
      return text('VpcEndpointType')?.toLowerCase() === 'interface' ? 'VPC interface endpoint' : 'VPC gateway endpoint';
    default:
      return base;
  }
}

/** The icon for a resource: Aurora and Fargate get their own. */
export function iconFor(type: string, typeLabel: string): string | undefined {
  if (typeLabel.startsWith('Aurora')) return `logos:${AURORA_ICON}`;
  if (typeLabel === 'ECS service (Fargate)') return `logos:${FARGATE_ICON}`;
  const icon = serviceInfo(type).icon;
  return icon ? `logos:${icon}` : undefined;
}

/** Services that always sit in a VPC, even when the VPC is a parameter. */
export function livesInVpc(type: string): boolean {
  return serviceInfo(type).home === 'vpc';
}

/** Edge services: CloudFront, Route 53, global WAF, Global Accelerator. */
export function isGlobalService(template: Template | undefined, type: string, properties: CfnNode | undefined): boolean {
  if (type === 'AWS::WAFv2::WebACL') return !!template && resolveString(template, mapGet(properties, 'Scope'))?.toUpperCase() === 'CLOUDFRONT';
  return serviceInfo(type).home === 'global' || type.startsWith('AWS::GlobalAccelerator::');
}

/** Code that runs: it reads and writes stores and sends to queues and topics. */
export function isCompute(family: ServiceFamily, type: string): boolean {
  return family === 'compute' || family === 'container' || type.endsWith('::StateMachine') || type === 'AWS::Glue::Job';
}

/** Where compute keeps data. */
export function isDataStore(family: ServiceFamily): boolean {
  return family === 'storage' || family === 'database';
}

/** Where compute hands messages or events on. */
export function isMessaging(family: ServiceFamily): boolean {
  return family === 'messaging';
}

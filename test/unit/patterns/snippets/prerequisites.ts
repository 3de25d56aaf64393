/**
 * Resources a snippet refers to, so each snippet can be linted in a complete template.
 * YAML resource entries at column 0; `needs` pulls in further prerequisites.
 */
export interface Prerequisite {
  needs?: string[];
  yaml: string;
}

export const PREREQUISITES: Record<string, Prerequisite> = {
  vpc: {
    yaml: `Vpc:
  Type: AWS::EC2::VPC
  Properties:
    CidrBlock: 10.0.0.0/16
    EnableDnsSupport: true
    EnableDnsHostnames: true
InternetGateway:
  Type: AWS::EC2::InternetGateway
InternetGatewayAttachment:
  Type: AWS::EC2::VPCGatewayAttachment
  Properties:
    VpcId: !Ref Vpc
    InternetGatewayId: !Ref InternetGateway
PublicSubnet1:
  Type: AWS::EC2::Subnet
  Properties:
    VpcId: !Ref Vpc
    AvailabilityZone: !Select [0, !GetAZs '']
    CidrBlock: 10.0.0.0/24
PublicSubnet2:
  Type: AWS::EC2::Subnet
  Properties:
    VpcId: !Ref Vpc
    AvailabilityZone: !Select [1, !GetAZs '']
    CidrBlock: 10.0.1.0/24
PrivateSubnet1:
  Type: AWS::EC2::Subnet
  Properties:
    VpcId: !Ref Vpc
    AvailabilityZone: !Select [0, !GetAZs '']
    CidrBlock: 10.0.10.0/24
PrivateSubnet2:
  Type: AWS::EC2::Subnet
  Properties:
    VpcId: !Ref Vpc
    AvailabilityZone: !Select [1, !GetAZs '']
    CidrBlock: 10.0.11.0/24
PublicRouteTable:
  Type: AWS::EC2::RouteTable
  Properties:
    VpcId: !Ref Vpc
PublicDefaultRoute:
  Type: AWS::EC2::Route
  DependsOn: InternetGatewayAttachment
  Properties:
    RouteTableId: !Ref PublicRouteTable
    DestinationCidrBlock: 0.0.0.0/0
    GatewayId: !Ref InternetGateway
PublicSubnet1RouteTableAssociation:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties:
    SubnetId: !Ref PublicSubnet1
    RouteTableId: !Ref PublicRouteTable
PublicSubnet2RouteTableAssociation:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties:
    SubnetId: !Ref PublicSubnet2
    RouteTableId: !Ref PublicRouteTable
PrivateRouteTable1:
  Type: AWS::EC2::RouteTable
  Properties:
    VpcId: !Ref Vpc
PrivateRouteTable2:
  Type: AWS::EC2::RouteTable
  Properties:
    VpcId: !Ref Vpc
PrivateSubnet1RouteTableAssociation:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties:
    SubnetId: !Ref PrivateSubnet1
    RouteTableId: !Ref PrivateRouteTable1
PrivateSubnet2RouteTableAssociation:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties:
    SubnetId: !Ref PrivateSubnet2
    RouteTableId: !Ref PrivateRouteTable2
`,
  },
  appSecurityGroup: {
    needs: ['vpc'],
    yaml: `AppSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: App tier
    VpcId: !Ref Vpc
`,
  },
  databaseNetwork: {
    needs: ['appSecurityGroup'],
    yaml: `DatabaseSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: Database from the app tier
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 5432
        ToPort: 5432
        SourceSecurityGroupId: !Ref AppSecurityGroup
DatabaseSubnetGroup:
  Type: AWS::RDS::DBSubnetGroup
  Properties:
    DBSubnetGroupDescription: Private subnets in two AZs
    SubnetIds: [!Ref PrivateSubnet1, !Ref PrivateSubnet2]
`,
  },
  database: {
    needs: ['databaseNetwork'],
    yaml: `Database:
  Type: AWS::RDS::DBInstance
  DeletionPolicy: Snapshot
  UpdateReplacePolicy: Snapshot
  Properties:
    Engine: postgres
    DBInstanceClass: db.t4g.micro
    AllocatedStorage: '20'
    MultiAZ: true
    StorageEncrypted: true
    MasterUsername: appadmin
    ManageMasterUserPassword: true
    DBSubnetGroupName: !Ref DatabaseSubnetGroup
    VPCSecurityGroups: [!Ref DatabaseSecurityGroup]
    PubliclyAccessible: false
    BackupRetentionPeriod: 7
`,
  },
  function: {
    yaml: `AppFunctionRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: {Service: lambda.amazonaws.com}
          Action: sts:AssumeRole
    ManagedPolicyArns:
      - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
AppFunction:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: nodejs22.x
    Handler: index.handler
    Role: !GetAtt AppFunctionRole.Arn
    Timeout: 10
    Code:
      ZipFile: |
        exports.handler = async (event) => ({ received: event });
`,
  },
  queue: {
    yaml: `WorkQueueDeadLetter:
  Type: AWS::SQS::Queue
  Properties:
    MessageRetentionPeriod: 1209600
WorkQueue:
  Type: AWS::SQS::Queue
  Properties:
    VisibilityTimeout: 60
    ReceiveMessageWaitTimeSeconds: 20
    RedrivePolicy:
      deadLetterTargetArn: !GetAtt WorkQueueDeadLetter.Arn
      maxReceiveCount: 5
`,
  },
  streamTable: {
    yaml: `ItemsTable:
  Type: AWS::DynamoDB::Table
  Properties:
    BillingMode: PAY_PER_REQUEST
    AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]
    KeySchema: [{AttributeName: pk, KeyType: HASH}]
    PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
    StreamSpecification: {StreamViewType: NEW_IMAGE}
`,
  },
  kinesisStream: {
    yaml: `EventsStream:
  Type: AWS::Kinesis::Stream
  Properties:
    StreamModeDetails: {StreamMode: ON_DEMAND}
    StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}
`,
  },
  topic: {
    yaml: `EventsTopic:
  Type: AWS::SNS::Topic
`,
  },
  bucket: {
    yaml: `DataBucket:
  Type: AWS::S3::Bucket
  Properties:
    PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}
`,
  },
  siteBucket: {
    yaml: `SiteBucket:
  Type: AWS::S3::Bucket
  Properties:
    PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}
SiteOac:
  Type: AWS::CloudFront::OriginAccessControl
  Properties:
    OriginAccessControlConfig:
      Name: !Sub \${AWS::StackName}-siteoac
      OriginAccessControlOriginType: s3
      SigningBehavior: always
      SigningProtocol: sigv4
`,
  },
  distribution: {
    needs: ['siteBucket'],
    yaml: `SiteDistribution:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Enabled: true
      DefaultRootObject: index.html
      Origins:
        - Id: site
          DomainName: !GetAtt SiteBucket.RegionalDomainName
          OriginAccessControlId: !GetAtt SiteOac.Id
          S3OriginConfig: {OriginAccessIdentity: ''}
      DefaultCacheBehavior:
        TargetOriginId: site
        ViewerProtocolPolicy: redirect-to-https
        CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
SiteBucketPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref SiteBucket
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: {Service: cloudfront.amazonaws.com}
          Action: s3:GetObject
          Resource: !Sub \${SiteBucket.Arn}/*
          Condition:
            StringEquals:
              AWS:SourceArn: !Sub arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${SiteDistribution}
`,
  },
  loadBalancer: {
    needs: ['vpc'],
    yaml: `WebLoadBalancerSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: HTTP from the internet
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}
WebLoadBalancer:
  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Properties:
    Scheme: internet-facing
    Subnets: [!Ref PublicSubnet1, !Ref PublicSubnet2]
    SecurityGroups: [!Ref WebLoadBalancerSecurityGroup]
WebTargetGroup:
  Type: AWS::ElasticLoadBalancingV2::TargetGroup
  Properties:
    VpcId: !Ref Vpc
    Protocol: HTTP
    Port: 80
    TargetType: ip
WebHttpListener:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref WebLoadBalancer
    Port: 80
    Protocol: HTTP
    DefaultActions: [{Type: forward, TargetGroupArn: !Ref WebTargetGroup}]
`,
  },
  userPool: {
    yaml: `UserPool:
  Type: AWS::Cognito::UserPool
  Properties:
    UsernameAttributes: [email]
    AutoVerifiedAttributes: [email]
UserPoolClient:
  Type: AWS::Cognito::UserPoolClient
  Properties:
    UserPoolId: !Ref UserPool
    GenerateSecret: false
`,
  },
  ecsCluster: {
    yaml: `Cluster:
  Type: AWS::ECS::Cluster
`,
  },
  launchTemplate: {
    yaml: `WorkerLaunchTemplate:
  Type: AWS::EC2::LaunchTemplate
  Properties:
    LaunchTemplateData:
      ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'
      InstanceType: t3.micro
      MetadataOptions: {HttpTokens: required}
`,
  },
  autoScalingGroup: {
    needs: ['vpc', 'launchTemplate'],
    yaml: `WorkerGroup:
  Type: AWS::AutoScaling::AutoScalingGroup
  Properties:
    VPCZoneIdentifier: [!Ref PrivateSubnet1, !Ref PrivateSubnet2]
    LaunchTemplate:
      LaunchTemplateId: !Ref WorkerLaunchTemplate
      Version: !GetAtt WorkerLaunchTemplate.LatestVersionNumber
    MinSize: '2'
    MaxSize: '4'
`,
  },
};

/** Prerequisites with everything they need, in dependency order, without duplicates. */
export function resolvePrerequisites(names: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (name: string) => {
    if (out.includes(name)) return;
    const prerequisite = PREREQUISITES[name];
    if (!prerequisite) throw new Error(`unknown prerequisite ${name}`);
    for (const need of prerequisite.needs ?? []) visit(need);
    out.push(name);
  };
  names.forEach(visit);
  return out;
}

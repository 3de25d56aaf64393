/**
 * Synthetic templates for the benchmark and the fuzzer: the seed services wired the way
 * real templates wire them (VPC tiers, SAM functions fed by queues and streams, topics
 * fanning out, APIs, databases), with parameters, conditions and Globals.
 */
export function syntheticTemplate(resourceCount: number): string {
  const lines: string[] = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Transform: AWS::Serverless-2016-10-31',
    `Description: Synthetic benchmark template with ${resourceCount} resources`,
    'Parameters:',
    '  Stage:',
    '    Type: String',
    '    Default: prod',
    '    AllowedValues: [dev, prod]',
    '  WorkerTimeout:',
    '    Type: Number',
    '    Default: 60',
    'Conditions:',
    '  IsProd: !Equals [!Ref Stage, prod]',
    'Globals:',
    '  Function:',
    '    Runtime: nodejs20.x',
    '    MemorySize: 256',
    '    Timeout: !Ref WorkerTimeout',
    'Resources:',
    '  Vpc:',
    '    Type: AWS::EC2::VPC',
    '    Properties:',
    '      CidrBlock: 10.0.0.0/16',
    '      EnableDnsHostnames: true',
  ];
  let count = 1;
  const add = (block: string[]) => {
    lines.push(...block);
    count++;
  };
  for (let i = 0; count < resourceCount; i++) {
    const kind = i % 10;
    const az = i % 2;
    if (kind === 0) {
      add([
        `  Subnet${i}:`,
        '    Type: AWS::EC2::Subnet',
        '    Properties:',
        '      VpcId: !Ref Vpc',
        `      CidrBlock: !Select [${i % 200}, !Cidr [!GetAtt Vpc.CidrBlock, 256, 8]]`,
        `      AvailabilityZone: !Select [${az}, !GetAZs '']`,
      ]);
    } else if (kind === 1) {
      add([
        `  Queue${i}:`,
        '    Type: AWS::SQS::Queue',
        '    Properties:',
        '      VisibilityTimeout: 360',
        '      RedrivePolicy:',
        `        deadLetterTargetArn: !GetAtt Dlq${i}.Arn`,
        '        maxReceiveCount: 5',
      ]);
      add([`  Dlq${i}:`, '    Type: AWS::SQS::Queue', '    Properties:', '      MessageRetentionPeriod: 1209600']);
    } else if (kind === 2) {
      add([
        `  Worker${i}:`,
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handler: index.handler',
        "      InlineCode: exports.handler = async (event) => event.Records.length;",
        '      Environment:',
        '        Variables:',
        `          TABLE: !Ref Table${i + 1}`,
        `          STAGE: !Sub '\${Stage}-worker-${i}'`,
        '      Policies:',
        `        - DynamoDBCrudPolicy: {TableName: !Ref Table${i + 1}}`,
        '      Events:',
        '        Jobs:',
        '          Type: SQS',
        `          Properties: {Queue: !GetAtt Queue${i - 1}.Arn, BatchSize: 10}`,
      ]);
    } else if (kind === 3) {
      add([
        `  Table${i}:`,
        '    Type: AWS::DynamoDB::Table',
        '    Properties:',
        '      BillingMode: PAY_PER_REQUEST',
        '      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]',
        '      KeySchema: [{AttributeName: pk, KeyType: HASH}]',
        '      StreamSpecification: {StreamViewType: NEW_IMAGE}',
        '      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}',
      ]);
    } else if (kind === 4) {
      add([`  Topic${i}:`, '    Type: AWS::SNS::Topic', '    Condition: IsProd', '    Properties:', `      DisplayName: !Sub '\${AWS::StackName}-${i}'`]);
    } else if (kind === 5) {
      add([
        `  Subscription${i}:`,
        '    Type: AWS::SNS::Subscription',
        '    Condition: IsProd',
        '    Properties:',
        '      Protocol: sqs',
        `      TopicArn: !Ref Topic${i - 1}`,
        `      Endpoint: !GetAtt Queue${i - 4}.Arn`,
      ]);
    } else if (kind === 6) {
      add([
        `  QueuePolicy${i}:`,
        '    Type: AWS::SQS::QueuePolicy',
        '    Condition: IsProd',
        '    Properties:',
        `      Queues: [!Ref Queue${i - 5}]`,
        '      PolicyDocument:',
        '        Statement:',
        '          - Effect: Allow',
        '            Principal: {Service: sns.amazonaws.com}',
        '            Action: sqs:SendMessage',
        `            Resource: !GetAtt Queue${i - 5}.Arn`,
        `            Condition: {ArnEquals: {'aws:SourceArn': !Ref Topic${i - 2}}}`,
      ]);
    } else if (kind === 7) {
      add([
        `  Bucket${i}:`,
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      BucketEncryption:',
        '        ServerSideEncryptionConfiguration:',
        '          - ServerSideEncryptionByDefault: {SSEAlgorithm: AES256}',
        '      PublicAccessBlockConfiguration:',
        '        BlockPublicAcls: true',
        '        BlockPublicPolicy: true',
        '        IgnorePublicAcls: true',
        '        RestrictPublicBuckets: true',
      ]);
    } else if (kind === 8) {
      add([
        `  AppSg${i}:`,
        '    Type: AWS::EC2::SecurityGroup',
        '    Properties:',
        `      GroupDescription: App tier ${i}`,
        '      VpcId: !Ref Vpc',
        '      SecurityGroupIngress:',
        `        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !Ref AppSg${i}Lb}`,
      ]);
      add([`  AppSg${i}Lb:`, '    Type: AWS::EC2::SecurityGroup', '    Properties:', `      GroupDescription: Load balancer ${i}`, '      VpcId: !Ref Vpc']);
    } else {
      add([
        `  Schedule${i}:`,
        '    Type: AWS::Events::Rule',
        '    Properties:',
        '      ScheduleExpression: rate(5 minutes)',
        `      Targets: [{Id: worker, Arn: !GetAtt Worker${i - 7}.Arn}]`,
      ]);
      add([
        `  SchedulePermission${i}:`,
        '    Type: AWS::Lambda::Permission',
        '    Properties:',
        '      Action: lambda:InvokeFunction',
        `      FunctionName: !Ref Worker${i - 7}`,
        '      Principal: events.amazonaws.com',
        `      SourceArn: !GetAtt Schedule${i}.Arn`,
      ]);
    }
  }
  lines.push('Outputs:', '  VpcId:', '    Value: !Ref Vpc');
  return `${lines.join('\n')}\n`;
}

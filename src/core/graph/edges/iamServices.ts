/**
 * IAM service prefixes that can act on a resource type, for the types where it is sure.
 * A statement names a resource by its logical id also when it builds the ARN of something
 * else from that id (`log-group:/aws/lambda/${Fn}` names a function's log group, not the
 * function), and the action's service tells the two apart.
 */
const SERVICES_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  'AWS::Lambda::Function': ['lambda'],
  'AWS::Serverless::Function': ['lambda'],
  'AWS::S3::Bucket': ['s3', 's3-object-lambda'],
  'AWS::SQS::Queue': ['sqs'],
  'AWS::SNS::Topic': ['sns'],
  'AWS::DynamoDB::Table': ['dynamodb'],
  'AWS::DynamoDB::GlobalTable': ['dynamodb'],
  'AWS::Serverless::SimpleTable': ['dynamodb'],
  'AWS::Kinesis::Stream': ['kinesis'],
  'AWS::KinesisFirehose::DeliveryStream': ['firehose'],
  'AWS::StepFunctions::StateMachine': ['states'],
  'AWS::Serverless::StateMachine': ['states'],
  'AWS::Events::EventBus': ['events'],
  'AWS::Logs::LogGroup': ['logs'],
  'AWS::KMS::Key': ['kms'],
  'AWS::SecretsManager::Secret': ['secretsmanager'],
  'AWS::SSM::Parameter': ['ssm'],
  'AWS::ECR::Repository': ['ecr'],
};

/**
 * False only when the type's services are known and every action is a literal
 * `service:Action` of another service. Wildcards and undecided actions keep the edge.
 */
export function actionsCanApply(actions: ReadonlyArray<string | undefined>, targetType: string | undefined): boolean {
  const services = targetType ? SERVICES_BY_TYPE[targetType] : undefined;
  if (!services || actions.length === 0) return true;
  return actions.some((action) => {
    if (action === undefined || action === '*') return true;
    const colon = action.indexOf(':');
    return colon < 0 || services.includes(action.slice(0, colon).toLowerCase());
  });
}

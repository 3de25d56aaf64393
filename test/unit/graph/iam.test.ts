import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeRows, graphOf, graphOfText, prop, res } from './support/graphFixtures';

test('permission: roles, policies attached by Roles/RoleName/ManagedPolicyArns', () => {
  const { graph } = graphOf('iam.yaml');
  const statement = (id: string, index?: number) => prop(id, 'PolicyDocument', 'Statement', ...(index === undefined ? [] : [index]));
  assert.deepEqual(edgeRows(graph, ['permission']), [
    ['QueuePolicy', 'permission', 'Jobs', statement('QueuePolicy', 0), 'sqs:SendMessage'],
    ['WorkerRole', 'permission', 'Jobs', statement('QueuePolicy', 0), 'sqs:SendMessage'],
    // `Statement` as a single map, Resource built with Fn::Join.
    ['TablePolicy', 'permission', 'Table', statement('TablePolicy'), 'dynamodb:Query'],
    ['KeyAccess', 'permission', 'Key', statement('KeyAccess', 0), 'kms:Decrypt'],
    ['WorkerRole', 'permission', 'Key', statement('KeyAccess', 0), 'kms:Decrypt'],
    // Bucket ARN and bucket/* in one statement: one edge. The logs statement names the
    // function only to build its log group's ARN, and the Deny statement grants nothing.
    ['WorkerRole', 'permission', 'Data', prop('WorkerRole', 'Policies', 0, 'PolicyDocument', 'Statement', 0), 's3:GetObject'],
    ['WorkerRole', 'permission', 'Table', statement('TablePolicy'), 'dynamodb:Query'],
  ]);
});

test('permission: SAM policy templates, inline statements, managed policies and connectors', () => {
  const { graph } = graphOf('sam-events.yaml');
  assert.deepEqual(edgeRows(graph, ['permission']), [
    ['WritePolicy', 'permission', 'Stream', prop('WritePolicy', 'PolicyDocument', 'Statement', 0), 'kinesis:PutRecord'],
    ['Processor', 'permission', 'Table', prop('Processor', 'Policies', 1), 'DynamoDBCrudPolicy'],
    ['Processor', 'permission', 'Orders', prop('Processor', 'Policies', 2), 'SQSSendMessagePolicy'],
    ['Processor', 'permission', 'Uploads', prop('Processor', 'Policies', 3), 'S3ReadPolicy'],
    ['Processor', 'permission', 'Stream', prop('WritePolicy', 'PolicyDocument', 'Statement', 0), 'kinesis:PutRecord'],
    ['Processor', 'permission', 'Notices', prop('Processor', 'Policies', 6, 'Statement', 0), 'sns:Publish'],
    ['Notifier', 'permission', 'Bus', res('NotifierToBus'), 'Write'],
    ['Notifier', 'permission', 'Table', [...res('Notifier'), 'Connectors', 'ToTable'], 'Read, Write'],
  ]);
});

test('permission: wildcard and undecided actions keep the edge; a single policy string is no statement', () => {
  const graph = graphOfText(`
Transform: AWS::Serverless-2016-10-31
Parameters:
  Action: { Type: String }
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: app.handler
      Runtime: python3.12
      Policies: AmazonS3ReadOnlyAccess
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: '*', Resource: !GetAtt Fn.Arn }
              - { Effect: Allow, Action: !Ref Action, Resource: !Sub 'arn:aws:logs:::log-group:/aws/lambda/\${Fn}' }
`);
  assert.deepEqual(edgeRows(graph, ['permission']), [
    ['Role', 'permission', 'Fn', prop('Role', 'Policies', 0, 'PolicyDocument', 'Statement', 0), '*'],
    ['Role', 'permission', 'Fn', prop('Role', 'Policies', 0, 'PolicyDocument', 'Statement', 1)],
  ]);
});

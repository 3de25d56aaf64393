import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateTemplateAgainstSpec } from './support/awsSpec';
import { checkReferences } from './support/references';

// The checkers behind the quality bar must themselves catch what they promise to.
test('the spec check rejects unknown types, unknown and missing properties, and bad attributes', () => {
  const errors = validateTemplateAgainstSpec({
    Resources: {
      Fn: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs22.x', Handler: 'index.handler', Memory: 128 } },
      Queue: { Type: 'AWS::SQS::Queue', Properties: { RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['Fn', 'Nope'] } }, VisibilityTimeout: 'soon' } },
      Thing: { Type: 'AWS::Nothing::Here' },
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockAll: true } } },
    },
  });
  const text = errors.join('\n');
  assert.match(text, /Fn\.Properties: required property Code is missing/);
  assert.match(text, /Fn\.Properties: required property Role is missing/);
  assert.match(text, /unknown property Memory/);
  assert.match(text, /unknown resource type AWS::Nothing::Here/);
  assert.match(text, /PublicAccessBlockConfiguration: unknown property BlockAll/);
  assert.match(text, /VisibilityTimeout: expected a number/);
  assert.match(text, /Fn \(AWS::Lambda::Function\) has no attribute Nope/);
});

test('the reference check finds dangling names and unused parameters', () => {
  const errors = checkReferences({
    Parameters: { Used: { Type: 'String' }, Unused: { Type: 'String' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Used' }, 'prod'] }, Never: { 'Fn::Equals': ['a', 'b'] } },
    Resources: {
      A: { Type: 'AWS::SNS::Topic', DependsOn: ['Ghost'], Condition: 'Missing', Properties: { TopicName: { 'Fn::Sub': '${Nope}-${AWS::Region}-${B.Arn}' } } },
      B: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::If': ['IsProd', { Ref: 'Gone' }, { Ref: 'AWS::NoValue' }] } } },
    },
    Outputs: { X: { Value: { 'Fn::GetAtt': ['Missing', 'Arn'] } } },
  });
  const text = errors.join('\n');
  assert.match(text, /DependsOn: Ghost names no resource/);
  assert.match(text, /condition Missing does not exist/);
  assert.match(text, /Nope is neither a parameter nor a resource/);
  assert.match(text, /Gone is neither a parameter nor a resource/);
  assert.match(text, /GetAtt Missing names no resource/);
  assert.match(text, /Parameters.Unused is never used/);
  assert.match(text, /Conditions.Never is never used/);
  assert.doesNotMatch(text, /B\.Arn|Parameters.Used |IsProd/);
});

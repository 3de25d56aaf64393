import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEMANTIC_EDGE_KINDS } from '../../../src/core/graph/types';
import { graphOfText } from './support/graphFixtures';

// Shapes a half-typed template has while the user edits it. None may throw, and none may
// produce a semantic edge out of nothing.
const MALFORMED = `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events: not-a-map
      Policies: [ { Statement: 3 }, { DynamoDBCrudPolicy: }, 7, !Ref ]
      VpcConfig: { SubnetIds: !If [C, [a], [b]] }
  Fn2:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        E1: { Type: SQS }
        E2: { Type: SQS, Properties: [] }
        E3: { Properties: { Queue: !GetAtt Q.Arn } }
        E4: 5
  Q:
    Type: AWS::SQS::Queue
  Rule:
    Type: AWS::Events::Rule
    Properties: { Targets: { Arn: !GetAtt Q.Arn } }
  Loop1:
    Type: AWS::ApiGateway::Resource
    Properties: { ParentId: !Ref Loop2, PathPart: a }
  Loop2:
    Type: AWS::ApiGateway::Resource
    Properties: { ParentId: !Ref Loop1, PathPart: b }
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      ResourceId: !Ref Loop1
      Integration: { Uri: !Sub '\${Fn.Arn}' }
  S1:
    Type: AWS::EC2::Subnet
    Properties: { AvailabilityZone: !GetAtt S2.AvailabilityZone }
  S2:
    Type: AWS::EC2::Subnet
    Properties: { AvailabilityZone: !GetAtt S1.AvailabilityZone }
  Alias:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Alias }
  Map:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { EventSourceArn: !GetAtt Q.Arn, FunctionName: !Ref Alias }
  Dist:
    Type: AWS::CloudFront::Distribution
    Properties: { DistributionConfig: { Origins: !Ref AWS::NoValue, DefaultCacheBehavior: [] } }
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: { DefaultActions: { TargetGroupArn: x } }
  Role:
    Type: AWS::IAM::Role
    Properties: { Policies: { PolicyDocument: { Statement: [ null, 1, { Resource: [ !GetAtt Q.Arn ] } ] } } }
`;

test('malformed and cyclic shapes do not throw and give only the edges they name', () => {
  const graph = graphOfText(MALFORMED);
  const semantic = graph.edges.filter((edge) => SEMANTIC_EDGE_KINDS.has(edge.kind)).map((e) => [e.from, e.kind, e.to, e.detail]);
  assert.deepEqual(semantic, [
    // A self-referencing alias stands for itself.
    ['Q', 'triggers', 'Alias', 'SQS'],
    // The method path loops, so it is undecided; the function is still invoked.
    ['Method', 'invokes', 'Fn', 'GET'],
    // Role.Policies as a single map still counts (CloudFormation would reject it, but the
    // statement does name the queue); a statement without Action has no detail.
    ['Role', 'permission', 'Q', undefined],
  ]);
  assert.deepEqual(graph.nodes.get('S1')?.network, { subnets: ['S1'], azs: [] });
});

test('texts that are not templates, or are empty, give empty graphs', () => {
  for (const text of ['', 'just text', '[1, 2]', 'Resources: 3', '{"Resources": {"A": {"Type": 5}}}']) {
    const graph = graphOfText(text);
    assert.equal(graph.edges.length, 0, text);
  }
});

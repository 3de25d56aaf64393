// Essentials folds glue into what it serves; the all-resources view shows everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDiagram, toDiagramJson } from '../../../src/core/diagram';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { loadTemplate } from '../../../src/core/model/template';
import type { Finding } from '../../../src/core/rules/types';

const TEMPLATE = `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt FnRole.Arn
      Runtime: nodejs20.x
      Handler: i.h
      Code: { ZipFile: x }
  FnRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
  FnPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      Roles: [!Ref FnRole]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: dynamodb:PutItem
            Resource: !GetAtt Table.Arn
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
  Table:
    Type: AWS::DynamoDB::Table
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
  InvokePermission:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: s3.amazonaws.com
  Orphan:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
`;

function diagram(view: 'essentials' | 'all', findings: Finding[] = []) {
  const template = loadTemplate(TEMPLATE, { fileName: 't.yaml' });
  return toDiagramJson(buildDiagram(template, buildGraph(template), findings, { view, direction: 'LR' }));
}

const finding = (resourceId: string, severity: Finding['severity']): Finding => ({
  ruleId: 'AL999',
  ruleName: 'test-rule',
  severity,
  messageId: 'm',
  data: {},
  path: ['Resources', resourceId],
  resourceId,
  fixes: [],
});

test('essentials folds the role, its policy and the permission into the function', () => {
  const json = diagram('essentials');
  assert.deepEqual(json.nodes.map((node) => [node.id, node.label, node.folded ?? []]), [
    ['Fn', 'Lambda function', ['FnRole', 'FnPolicy', 'InvokePermission']],
    ['Table', 'DynamoDB table', []],
    ['Queue', 'SQS queue (FIFO)', []],
    ['Orphan', 'IAM role', []],
  ]);
  // The policy's permissions are re-attributed to the function and read as data flows.
  assert.deepEqual(json.edges.map((edge) => [edge.from, edge.kind, edge.to]), [
    ['Fn', 'reads-writes', 'Table'],
    ['Fn', 'sends-to', 'Queue'],
  ]);
});

test('all resources keeps the glue and its permission edges', () => {
  const json = diagram('all');
  assert.deepEqual(json.nodes.map((node) => node.id), ['Fn', 'FnRole', 'FnPolicy', 'Table', 'Queue', 'InvokePermission', 'Orphan']);
  const permissions = json.edges.filter((edge) => edge.kind === 'permission').map((edge) => [edge.from, edge.to, edge.label]);
  assert.ok(permissions.some(([from, to]) => from === 'FnPolicy' && to === 'Table'), JSON.stringify(permissions));
  assert.ok(json.edges.every((edge) => edge.from !== edge.to));
});

test('findings on folded glue show on the host with the worst severity', () => {
  const json = diagram('essentials', [finding('FnPolicy', 'warning'), finding('Fn', 'info'), finding('Table', 'error')]);
  const fn = json.nodes.find((node) => node.id === 'Fn')!;
  assert.deepEqual(fn.findings.map((f) => [f.resourceId, f.severity]), [['Fn', 'info'], ['FnPolicy', 'warning']]);
  const { model } = { model: buildDiagram(loadTemplate(TEMPLATE), buildGraph(loadTemplate(TEMPLATE)), [finding('FnPolicy', 'warning')], { view: 'essentials', direction: 'LR' }) };
  assert.equal(model.nodes.find((node) => node.id === 'Fn')?.severity, 'warning');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate } from '../../../src/core/model/template';
import { resolveBoolean, resolveNumber, resolveString } from '../../../src/core/model/values';
import { mapGet, toPlain } from '../../../src/core/parse/nodes';
import { effectiveProperty } from '../../../src/core/rules/support/lambda';

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage:
    Type: String
    Default: prod
  DbPassword:
    Type: String
    NoEcho: true
  Memory:
    Type: Number
    Default: '512'
Mappings:
  Sizes:
    prod: {Memory: 2048}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    Environment:
      Variables:
        STAGE: !Ref Stage
    Layers: [arn:aws:lambda:us-east-1:123456789012:layer:base:1]
Resources:
  Api:
    Type: AWS::Serverless::Function
    DependsOn: [Table, Queue]
    Condition: IsProd
    DeletionPolicy: Retain
    Metadata:
      archlens:
        ignore: [al301, AL302]
    Properties:
      Handler: app.handler
      Timeout: 60
      MemorySize: !Ref Memory
      Environment:
        Variables:
          TABLE: !Ref Table
      Layers: [arn:aws:lambda:us-east-1:123456789012:layer:extra:1]
  Table:
    Type: AWS::DynamoDB::Table
    DependsOn: Queue
  Queue:
    Type: AWS::SQS::Queue
Outputs:
  Name:
    Value: !Ref Table
`;

test('sections, parameters, resource attributes and ignores are read', () => {
  const t = loadTemplate(SAM, { format: 'yaml' });
  assert.equal(t.isTemplate, true);
  assert.equal(t.isSam, true);
  assert.deepEqual([...t.parameters.keys()], ['Stage', 'DbPassword', 'Memory']);
  assert.equal(t.parameters.get('DbPassword')!.noEcho, true);
  assert.equal(t.parameters.get('Stage')!.noEcho, false);
  assert.deepEqual(toPlain(t.parameters.get('Stage')!.default), 'prod');
  assert.deepEqual([...t.conditions.keys()], ['IsProd']);
  assert.deepEqual([...t.outputs.keys()], ['Name']);
  const api = t.resources.get('Api')!;
  assert.equal(api.type, 'AWS::Serverless::Function');
  assert.deepEqual(api.dependsOn, ['Table', 'Queue']);
  assert.deepEqual(t.resources.get('Table')!.dependsOn, ['Queue']);
  assert.equal(api.condition, 'IsProd');
  assert.equal(api.deletionPolicy, 'Retain');
  assert.deepEqual([...api.ignoredRules], ['AL301', 'AL302']);
  assert.deepEqual(t.resourcesOfType('AWS::SQS::Queue').map((r) => r.id), ['Queue']);
});

test('SAM Globals merge into each function: scalars overridden, maps merged, lists added', () => {
  const t = loadTemplate(SAM, { format: 'yaml' });
  const api = t.resources.get('Api')!;
  assert.deepEqual(toPlain(api.effectiveProperties), {
    Runtime: 'python3.12',
    Handler: 'app.handler',
    Timeout: 60,
    MemorySize: { Ref: 'Memory' },
    Environment: { Variables: { STAGE: { Ref: 'Stage' }, TABLE: { Ref: 'Table' } } },
    Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:base:1', 'arn:aws:lambda:us-east-1:123456789012:layer:extra:1'],
  });
  // A value that comes from Globals reports the path where it is written.
  assert.deepEqual(effectiveProperty(t, api, 'Runtime')!.path, ['Globals', 'Function', 'Runtime']);
  assert.deepEqual(effectiveProperty(t, api, 'Timeout')!.path, ['Resources', 'Api', 'Properties', 'Timeout']);
  assert.deepEqual(effectiveProperty(t, api, 'Environment', 'Variables', 'STAGE')!.path, ['Globals', 'Function', 'Environment', 'Variables', 'STAGE']);
});

test('values: parameter defaults count, unknown stays unknown', () => {
  const t = loadTemplate(SAM, { format: 'yaml' });
  const api = t.resources.get('Api')!;
  assert.equal(resolveNumber(t, mapGet(api.properties, 'MemorySize')), 512, 'numeric string default');
  assert.equal(resolveString(t, { kind: 'map', entries: [{ key: 'Ref', keySpan: { start: 0, end: 0 }, value: { kind: 'scalar', value: 'Stage', span: { start: 0, end: 0 } } }], span: { start: 0, end: 0 } }), 'prod');
  const withUnknowns = loadTemplate(
    `Parameters:
  NoDefault: {Type: Number}
  Env: {Type: String, Default: dev}
Mappings:
  Sizes:
    dev: {Memory: 1024}
Resources:
  F:
    Type: AWS::Lambda::Function
    Properties:
      A: !Ref NoDefault
      B: !Ref AWS::Region
      C: !If [IsProd, 900, 60]
      D: !If [IsProd, 60, 60]
      E: !FindInMap [Sizes, !Ref Env, Memory]
      G: !Sub plain-text
      H: !Sub '\${AWS::StackName}-x'
      I: !Join ['-', [a, !Ref Env]]
      J: 'true'
      K: !GetAtt X.Arn
`,
    { format: 'yaml' },
  );
  const p = withUnknowns.resources.get('F')!.properties;
  const n = (key: string) => resolveNumber(withUnknowns, mapGet(p, key));
  assert.equal(n('A'), undefined);
  assert.equal(resolveString(withUnknowns, mapGet(p, 'B')), undefined);
  assert.equal(n('C'), undefined, 'branches differ');
  assert.equal(n('D'), 60, 'both branches agree');
  assert.equal(n('E'), 1024);
  assert.equal(resolveString(withUnknowns, mapGet(p, 'G')), 'plain-text');
  assert.equal(resolveString(withUnknowns, mapGet(p, 'H')), undefined);
  assert.equal(resolveString(withUnknowns, mapGet(p, 'I')), 'a-dev');
  assert.equal(resolveBoolean(withUnknowns, mapGet(p, 'J')), true);
  assert.equal(resolveString(withUnknowns, mapGet(p, 'K')), undefined);
});

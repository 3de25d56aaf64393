import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSource } from '../../../src/core/parse/parseTemplate';
import { mapGet, nodeAt, toPlain, type CfnMap } from '../../../src/core/parse/nodes';
import { SHORT_FORM_TAGS } from '../../../src/core/parse/intrinsicTags';

const value = (yaml: string) => {
  const parsed = parseSource(`V: ${yaml}\n`, { format: 'yaml' });
  assert.deepEqual(parsed.problems, [], `no problems for ${yaml}`);
  return toPlain(mapGet(parsed.root, 'V'));
};

test('every short-form tag becomes its long form', () => {
  const cases: Array<[string, unknown]> = [
    ['!Ref Bucket', { Ref: 'Bucket' }],
    ['!Condition IsProd', { Condition: 'IsProd' }],
    ['!GetAtt Queue.Arn', { 'Fn::GetAtt': ['Queue', 'Arn'] }],
    ['!GetAtt [Queue, Arn]', { 'Fn::GetAtt': ['Queue', 'Arn'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!Sub "arn:${AWS::Partition}:s3:::${Bucket}/*"', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' }],
    ['!Sub ["${A}-x", {A: !Ref B}]', { 'Fn::Sub': ['${A}-x', { A: { Ref: 'B' } }] }],
    ['!Join ["", [a, !Ref B]]', { 'Fn::Join': ['', ['a', { Ref: 'B' }]] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!If [IsProd, 3, 1]', { 'Fn::If': ['IsProd', 3, 1] }],
    ['!Equals [!Ref Env, prod]', { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Condition B]', { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Not [!Condition A]', { 'Fn::Not': [{ Condition: 'A' }] }],
    ['!FindInMap [Map, !Ref AWS::Region, Ami]', { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Ami'] }],
    ['!Base64 "#!/bin/bash"', { 'Fn::Base64': '#!/bin/bash' }],
    ['!Cidr [10.0.0.0/16, 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    ['!GetAZs us-east-1', { 'Fn::GetAZs': 'us-east-1' }],
    ['!ImportValue NetworkStack-VpcId', { 'Fn::ImportValue': 'NetworkStack-VpcId' }],
    ['!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}', { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } }],
  ];
  for (const [yaml, expected] of cases) assert.deepEqual(value(yaml), expected, yaml);
  const covered = new Set(cases.map(([yaml]) => yaml.split(' ')[0]));
  for (const tag of Object.keys(SHORT_FORM_TAGS).filter((t) => !['!ToJsonString', '!Length'].includes(t))) {
    assert.ok(covered.has(tag), `a case covers ${tag}`);
  }
});

test('block-style tagged sequences and nested short forms keep their shape', () => {
  const parsed = parseSource(
    ['V: !Sub', '  - "${Name}-${Stage}"', '  - Name: !Select', '      - 0', '      - !Split [",", !ImportValue Names]', ''].join('\n'),
    { format: 'yaml' },
  );
  assert.deepEqual(toPlain(mapGet(parsed.root, 'V')), {
    'Fn::Sub': ['${Name}-${Stage}', { Name: { 'Fn::Select': [0, { 'Fn::Split': [',', { 'Fn::ImportValue': 'Names' }] }] } }],
  });
});

test('a short-form map keeps the span of tag plus value, and remembers its tag', () => {
  const text = 'Role: !GetAtt LambdaRole.Arn\n';
  const parsed = parseSource(text, { format: 'yaml' });
  const node = mapGet(parsed.root, 'Role') as CfnMap;
  assert.equal(node.shortTag, '!GetAtt');
  assert.equal(text.slice(node.span.start, node.span.end), '!GetAtt LambdaRole.Arn');
  const [resource, attribute] = (nodeAt(node, ['Fn::GetAtt']) as { items: { span: { start: number; end: number } }[] }).items;
  assert.equal(text.slice(resource.span.start, resource.span.end), 'LambdaRole');
  assert.equal(text.slice(attribute.span.start, attribute.span.end), 'Arn');
});

test('an unknown tag is reported, not fatal, and the value kept', () => {
  const parsed = parseSource('V: !Bogus x\n', { format: 'yaml' });
  assert.deepEqual(
    parsed.problems.map((p) => [p.code, p.fatal]),
    [['unknown-tag', false]],
  );
  assert.equal(toPlain(mapGet(parsed.root, 'V')), 'x');
});

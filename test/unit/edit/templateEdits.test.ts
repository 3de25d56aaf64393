import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate } from '../../../src/core/model/template';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { addResource, freshLogicalId, ignoreRuleForResource, removeEntry, setResourceProperty, setScalarValue } from '../../../src/core/edit/templateEdits';
import { mapGet, toPlain, type CfnMap } from '../../../src/core/parse/nodes';

const apply = (text: string, edit: (t: ReturnType<typeof loadTemplate>) => { start: number; end: number; newText: string } | undefined) => {
  const template = loadTemplate(text, {});
  const result = edit(template);
  assert.ok(result, 'an edit is produced');
  const out = applyEdits(text, [result]);
  const reparsed = loadTemplate(out, {});
  assert.deepEqual(reparsed.source.problems, [], `still parses:\n${out}`);
  return out;
};

const YAML = `Resources:
  Db:
    Type: AWS::RDS::DBInstance # the database
    Properties:
      Engine: mysql
      MultiAZ: false # single AZ
  Topic:
    Type: AWS::SNS::Topic
`;

test('a literal is replaced in place, keeping the comment after it', () => {
  const out = apply(YAML, (t) => setScalarValue(t, mapGet(t.resources.get('Db')!.properties, 'MultiAZ'), true, 'x')[0].edits[0]);
  assert.equal(out, YAML.replace('MultiAZ: false # single AZ', 'MultiAZ: true # single AZ'));
});

test('a Ref to a parameter fixes the parameter Default instead', () => {
  const text = 'Parameters:\n  T:\n    Type: Number\n    Default: 1500\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: !Ref T\n';
  const t = loadTemplate(text, {});
  const fixes = setScalarValue(t, mapGet(t.resources.get('F')!.properties, 'Timeout'), 900, 'x');
  assert.equal(applyEdits(text, fixes[0].edits), text.replace('Default: 1500', 'Default: 900'));
  const noDefault = loadTemplate('Parameters:\n  T: {Type: Number}\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Timeout: !Ref T}\n', {});
  assert.deepEqual(setScalarValue(noDefault, mapGet(noDefault.resources.get('F')!.properties, 'Timeout'), 900, 'x'), []);
});

test('a missing property is inserted after the last entry, with nested maps, in block YAML', () => {
  const out = apply(YAML, (t) => setResourceProperty(t, t.resources.get('Db')!, ['StorageEncrypted'], true, 'x')[0].edits[0]);
  assert.equal(out, YAML.replace('MultiAZ: false # single AZ\n', 'MultiAZ: false # single AZ\n      StorageEncrypted: true\n'));
  const nested = apply(YAML, (t) => setResourceProperty(t, t.resources.get('Topic')!, ['KmsMasterKeyId'], { Ref: 'Key' }, 'x')[0].edits[0]);
  assert.equal(nested, YAML + '    Properties:\n      KmsMasterKeyId:\n        Ref: Key\n');
});

test('short-form YAML files get short-form intrinsics', () => {
  const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub ${AWS::StackName}-q\n';
  const out = apply(text, (t) => setResourceProperty(t, t.resources.get('Q')!, ['RedrivePolicy'], { deadLetterTargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] }, maxReceiveCount: 5 }, 'x')[0].edits[0]);
  assert.equal(out, text + '      RedrivePolicy:\n        deadLetterTargetArn: !GetAtt Dlq.Arn\n        maxReceiveCount: 5\n');
});

test('JSON: a property is inserted with the file indentation, and a flow map gets one too', () => {
  const json = '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Engine": "mysql"\n      }\n    }\n  }\n}\n';
  const out = apply(json, (t) => setResourceProperty(t, t.resources.get('Db')!, ['MultiAZ'], true, 'x')[0].edits[0]);
  assert.equal(out, json.replace('"Engine": "mysql"', '"Engine": "mysql",\n        "MultiAZ": true'));
  assert.deepEqual(JSON.parse(out).Resources.Db.Properties, { Engine: 'mysql', MultiAZ: true });
  const flow = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql}\n';
  assert.equal(
    apply(flow, (t) => setResourceProperty(t, t.resources.get('Db')!, ['MultiAZ'], true, 'x')[0].edits[0]),
    flow.replace('{Engine: mysql}', '{Engine: mysql, MultiAZ: true}'),
  );
});

test('CRLF files get CRLF insertions', () => {
  const crlf = YAML.replace(/\n/g, '\r\n');
  const out = apply(crlf, (t) => setResourceProperty(t, t.resources.get('Db')!, ['StorageEncrypted'], true, 'x')[0].edits[0]);
  assert.ok(out.includes('# single AZ\r\n      StorageEncrypted: true\r\n'));
  assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
});

test('resources are added at the end of Resources with a fresh logical id', () => {
  const t = loadTemplate(YAML, {});
  assert.equal(freshLogicalId(t, 'Topic'), 'Topic2');
  assert.equal(freshLogicalId(t, 'Topic Policy!'), 'TopicPolicy');
  const out = apply(YAML, (tt) => addResource(tt, 'TopicPolicy', { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'Topic' }] } }));
  assert.equal(out, YAML + '  TopicPolicy:\n    Type: AWS::SNS::TopicPolicy\n    Properties:\n      Topics:\n        - Ref: Topic\n');
});

test('an entry can be removed with its line', () => {
  const out = apply(YAML, (t) => removeEntry(t, t.resources.get('Db')!.properties as CfnMap, 'MultiAZ'));
  assert.equal(out, YAML.replace('      MultiAZ: false # single AZ\n', ''));
});

test('ignore: Metadata is created, or the existing ignore list extended', () => {
  const created = apply(YAML, (t) => ignoreRuleForResource(t, t.resources.get('Topic')!, 'AL406'));
  assert.deepEqual(toPlain(mapGet(loadTemplate(created, {}).resources.get('Topic')!.node, 'Metadata')), { archlens: { ignore: ['AL406'] } });
  const existing = YAML.replace('    Type: AWS::SNS::Topic\n', '    Type: AWS::SNS::Topic\n    Metadata:\n      archlens:\n        ignore:\n          - AL408\n');
  const extended = apply(existing, (t) => ignoreRuleForResource(t, t.resources.get('Topic')!, 'AL406'));
  assert.ok(extended.endsWith('        ignore:\n          - AL408\n          - AL406\n'), extended);
  const json = '{"Resources": {"T": {"Type": "AWS::SNS::Topic", "Metadata": {"archlens": {"ignore": ["AL408"]}}}}}';
  const jsonOut = apply(json, (t) => ignoreRuleForResource(t, t.resources.get('T')!, 'AL406'));
  assert.deepEqual(JSON.parse(jsonOut).Resources.T.Metadata.archlens.ignore, ['AL408', 'AL406']);
});

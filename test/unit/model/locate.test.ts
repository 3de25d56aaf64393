import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate } from '../../../src/core/model/template';
import { locate } from '../../../src/core/locate';

const YAML = `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: 1500
      Role: !GetAtt Role.Arn
      Environment:
        Variables: {A: '1'}
      Layers:
        - arn:one
        - !Ref LayerParam
  Bare:
    Type: AWS::SNS::Topic
`;

const at = (text: string, path: (string | number)[], format: 'yaml' | 'json' = 'yaml') => {
  const located = locate(loadTemplate(text, { format }), path);
  const { start, end } = located.range;
  return [start.line + 1, start.character + 1, end.line + 1, end.character + 1, located.exact];
};

test('a scalar path points at the value', () => {
  assert.deepEqual(at(YAML, ['Resources', 'Fn', 'Properties', 'Timeout']), [5, 16, 5, 20, true]);
});

test('a short-form intrinsic points at tag and value', () => {
  assert.deepEqual(at(YAML, ['Resources', 'Fn', 'Properties', 'Role']), [6, 13, 6, 29, true]);
});

test('a map or list points at the key that names it', () => {
  assert.deepEqual(at(YAML, ['Resources', 'Fn']), [2, 3, 2, 5, true]);
  assert.deepEqual(at(YAML, ['Resources', 'Fn', 'Properties', 'Environment']), [7, 7, 7, 18, true]);
  assert.deepEqual(at(YAML, ['Resources', 'Fn', 'Properties', 'Layers']), [9, 7, 9, 13, true]);
});

test('list items are addressed by index', () => {
  assert.deepEqual(at(YAML, ['Resources', 'Fn', 'Properties', 'Layers', 0]), [10, 11, 10, 18, true]);
  assert.deepEqual(at(YAML, ['Resources', 'Fn', 'Properties', 'Layers', 1]), [11, 11, 11, 26, true]);
});

test('a missing property falls back to the deepest key that exists', () => {
  assert.deepEqual(at(YAML, ['Resources', 'Fn', 'Properties', 'MemorySize']), [4, 5, 4, 15, false]);
  assert.deepEqual(at(YAML, ['Resources', 'Bare', 'Properties', 'TopicName']), [12, 3, 12, 7, false]);
});

test('JSON paths locate the same way', () => {
  const json = '{\n  "Resources": {\n    "Fn": {\n      "Type": "AWS::Lambda::Function",\n      "Properties": { "Timeout": 1500 }\n    }\n  }\n}\n';
  assert.deepEqual(at(json, ['Resources', 'Fn', 'Properties', 'Timeout'], 'json'), [5, 34, 5, 38, true]);
  assert.deepEqual(at(json, ['Resources', 'Fn'], 'json'), [3, 5, 3, 9, true]);
});

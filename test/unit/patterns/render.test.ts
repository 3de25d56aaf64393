import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TemplateBuilder } from '../../../src/core/patterns/builder';
import { optionMatrix, resolveOptions } from '../../../src/core/patterns/options';
import { findPattern } from '../../../src/core/patterns/registry';
import { renderJson, renderYaml } from '../../../src/core/patterns/render/render';
import { renameSubText } from '../../../src/core/patterns/rename';
import { base64, getAtt, iff, note, noValue, ref, select, sub, getAZs, toPlainValue, type ValueMap } from '../../../src/core/patterns/values';
import { parsePlain } from './support/checkTemplate';

function roundTrip(properties: ValueMap): { yaml: string; plain: unknown } {
  const t = new TemplateBuilder();
  t.resource('Thing', 'AWS::SNS::Topic', properties, 'A comment\nover two lines');
  const document = t.build();
  const yaml = renderYaml(document);
  assert.deepEqual(parsePlain(yaml, 't.yaml'), toPlainValue(document.body), 'YAML round-trips');
  assert.deepEqual(parsePlain(renderJson(document), 't.json'), toPlainValue(document.body), 'JSON round-trips');
  return { yaml, plain: toPlainValue(document.body) };
}

test('scalars that YAML would read as something else are quoted', () => {
  const { yaml } = roundTrip({ A: 'true', B: '2012-10-17', C: '0123', D: 'null', E: '', F: 'a: b', G: 'x #y', H: 'it\'s', I: '@home', J: '*', K: '-1', L: 'yes' });
  assert.match(yaml, /A: 'true'/);
  assert.match(yaml, /B: '2012-10-17'/);
  assert.match(yaml, /H: 'it''s'/);
});

test('short-form tags, and long form where a tag would sit on a tag', () => {
  const { yaml } = roundTrip({
    Ref: ref('AWS::Region'),
    Att: getAtt('Bucket', 'Arn'),
    Sub: sub('${AWS::StackName}-x'),
    SubVars: sub('${A}-${B}', { A: ref('AWS::Region'), B: select(0, getAZs()) }),
    If: iff('Cond', [ref('X')], noValue()),
    UserData: base64(sub('#!/bin/bash\necho ${AWS::Region}\n')),
  });
  assert.match(yaml, /Ref: !Ref 'AWS::Region'/);
  assert.match(yaml, /Att: !GetAtt Bucket\.Arn/);
  assert.match(yaml, /SubVars: !Sub\n\s+- '\$\{A\}-\$\{B\}'\n\s+- A: !Ref 'AWS::Region'\n\s+B: !Select \[0, !GetAZs ''\]/);
  assert.match(yaml, /UserData:\n\s+Fn::Base64: !Sub \|\n\s+#!\/bin\/bash/);
});

test('multi-line strings become block literals with the right chomping', () => {
  const { yaml } = roundTrip({ Clip: 'a\nb\n', Strip: 'a\nb', Keep: 'a\n\n\n', Indented: '  indented first\nline\n', Blank: 'a\n\nb\n' });
  assert.match(yaml, /Clip: \|\n/);
  assert.match(yaml, /Strip: \|-\n/);
  assert.match(yaml, /Keep: \|\+\n/);
  assert.match(yaml, /Indented: \|2\n/);
});

test('comments land above keys and list items, and vanish in JSON', () => {
  const { yaml } = roundTrip({ Noted: note('why this', 1), List: [note('first item', { A: 1 }), 'plain'] });
  assert.match(yaml, /# A comment\n\s+# over two lines\n\s+Thing:/);
  assert.match(yaml, /# why this\n\s+Noted: 1/);
  assert.match(yaml, /# first item\n\s+- A: 1/);
});

test('empty collections and nested lists', () => {
  roundTrip({ Empty: {}, None: [], Nested: [[1, 2], [{ A: [] }]], Deep: { A: { B: { C: ['x'] } } } });
});

test('options: parsing, defaults, and toggles that need another', () => {
  const blog = findPattern('serverless-blog')!;
  assert.deepEqual(resolveOptions(blog, { dax: 'yes' }).values.dax, true);
  assert.deepEqual(resolveOptions(blog, { api: 'off', dax: true }).errors, ["option 'dax' needs 'api=true'"]);
  const matrix = optionMatrix(blog);
  assert.equal(matrix.length, 24, '2^5 combinations less the 8 with DAX but no API');
  assert.ok(matrix.every((o) => !(o.dax && !o.api)));
  assert.equal(optionMatrix(findPattern('three-tier-vpc')!).length, 4);
});

test('Sub renames follow variables and physical names, never locals or escapes', () => {
  const ids = new Map([['Bucket', 'BucketB'], ['Api', 'ApiB']]);
  const renames = { ids, outputs: new Map(), mappings: new Map() };
  assert.equal(renameSubText('${Bucket.Arn}/*', renames), '${BucketB.Arn}/*');
  assert.equal(renameSubText('${AWS::StackName}-Api-${!Bucket}', renames), '${AWS::StackName}-ApiB-${!Bucket}');
  assert.equal(renameSubText('${AWS::AccountId}-bucket-${Suffix}', renames, new Set(['Suffix'])), '${AWS::AccountId}-bucketb-${Suffix}');
  assert.equal(renameSubText('${Bucket}', renames, new Set(['Bucket'])), '${Bucket}', 'a Sub-local variable is not the resource');
  assert.equal(renameSubText('MyBucketPolicy', renames), 'MyBucketPolicy', 'only whole words');
});

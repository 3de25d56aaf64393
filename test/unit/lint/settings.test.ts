import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, RULE_CRASH_ID, lintTemplate } from '../../../src/core/lint';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { loadTemplate } from '../../../src/core/model/template';
import { RULES } from '../../../src/core/rules/registry';
import type { Rule } from '../../../src/core/rules/types';

const TEMPLATE = (metadata = '', resourceMetadata = '') => `AWSTemplateFormatVersion: '2010-09-09'
${metadata}Resources:
  Job:
    Type: AWS::Lambda::Function
${resourceMetadata}    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/job
      Code: { ZipFile: "exports.handler = async () => 1;" }
      Timeout: 1500
      MemorySize: 64
`;
const ids = (text: string, options = {}) => analyzeText(text, { format: 'yaml' }, options).findings.map((f) => `${f.ruleId}:${f.severity}`).sort();

test('defaults: both checks fire at their own severity', () => {
  assert.deepEqual(ids(TEMPLATE()), ['AL101:error', 'AL102:error']);
});

test('archlens.rules turns a check off or changes its severity', () => {
  assert.deepEqual(ids(TEMPLATE(), { overrides: { AL101: 'off', AL102: 'warning' } }), ['AL102:warning']);
});

test('Metadata.archlens.ignore silences a check for the template or for one resource', () => {
  assert.deepEqual(ids(TEMPLATE('Metadata:\n  archlens:\n    ignore: [AL101]\n')), ['AL102:error']);
  assert.deepEqual(ids(TEMPLATE('', '    Metadata:\n      archlens:\n        ignore: AL102\n')), ['AL101:error']);
});

test('skipCfnLintOverlaps turns off the checks cfn-lint also makes', () => {
  const overlapping = RULES.filter((r) => r.meta.cfnLintOverlap?.length).map((r) => r.meta.id);
  assert.ok(overlapping.includes('AL101') && overlapping.includes('AL401'));
  assert.deepEqual(ids(TEMPLATE(), { skipCfnLintOverlaps: true }), []);
});

test('a check that throws becomes one AL000 finding naming it, and the others still run', () => {
  const broken: Rule = { ...RULES[0], meta: { ...RULES[0].meta, id: 'AL999' }, check: () => { throw new Error('boom'); } };
  const template = loadTemplate(TEMPLATE(), { format: 'yaml' });
  const findings = lintTemplate(template, buildGraph(template), { rules: [broken, ...RULES] });
  const crash = findings.filter((f) => f.ruleId === RULE_CRASH_ID);
  assert.deepEqual(crash.map((f) => f.data), [{ rule: 'AL999', error: 'boom' }]);
  assert.ok(findings.some((f) => f.ruleId === 'AL101'));
});

test('no findings on non-templates or on text that does not parse', () => {
  assert.deepEqual(ids('name: CI\non: [push]\njobs: {}\n'), []);
  assert.deepEqual(ids(TEMPLATE() + '  Broken: [\n'), []);
});

import assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core/lint';
import { parseSource } from '../../../../src/core/parse/parseTemplate';
import { toPlain } from '../../../../src/core/parse/nodes';
import { validateTemplateAgainstSpec } from './awsSpec';
import { checkReferences } from './references';

/** Parses a template text and returns its plain value; fails on any parse problem. */
export function parsePlain(text: string, fileName: string): Record<string, unknown> {
  const parsed = parseSource(text, { fileName });
  assert.deepEqual(parsed.problems.map((p) => `${p.code}: ${p.message}`), [], `${fileName} should parse without problems`);
  return toPlain(parsed.root) as Record<string, unknown>;
}

/** ArchLens's own checks, the full registry: nothing at all, not even an info. */
export function assertLintClean(text: string, fileName: string): void {
  const { findings, template } = analyzeText(text, { fileName });
  assert.ok(template.isTemplate, `${fileName} should be recognised as a template`);
  const described = findings.map((f) => `${f.ruleId} ${f.severity} ${f.resourceId ?? ''} ${f.path.join('.')} ${JSON.stringify(f.data)}`);
  assert.deepEqual(described, [], `${fileName} should lint clean`);
}

/** The quality bar for one template in both forms. */
export function assertTemplateQuality(yaml: string, json: string, label: string): Record<string, unknown> {
  const fromYaml = parsePlain(yaml, `${label}.yaml`);
  const fromJson = parsePlain(json, `${label}.json`);
  assert.deepEqual(fromYaml, fromJson, `${label}: YAML and JSON forms should hold the same template`);
  assert.deepEqual(checkReferences(fromJson), [], `${label}: every reference resolves and every parameter is used`);
  assert.deepEqual(validateTemplateAgainstSpec(fromJson), [], `${label}: resource types and properties match the AWS spec`);
  assertLintClean(yaml, `${label}.yaml`);
  assertLintClean(json, `${label}.json`);
  return fromJson;
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { runCli } from '../../support/cliRunner';

const BAD = 'test/fixtures/rules/AL101/bad.yaml';
const GOOD = 'test/fixtures/rules/AL101/good.yaml';

test('text format: file:line:col severity id message, then a summary; exit 1 on errors', async () => {
  const result = await runCli('lint', BAD);
  assert.equal(result.code, 1);
  const lines = result.stdout.trim().split('\n');
  assert.ok(lines.includes(`${BAD}:12:16 error AL101 Function 'ReportJob' has Timeout 1500 s; Lambda stops every invocation at 900 s (15 minutes).`), result.stdout);
  assert.match(lines[lines.length - 1], /^\d+ errors?, \d+ warnings?, \d+ infos? in 1 template$/);
});

test('json format: files in the order given, 1-based ranges, rule names and paths', async () => {
  const result = await runCli('lint', GOOD, BAD, '--format', 'json');
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.files.map((f: { file: string }) => f.file), [GOOD, BAD]);
  const finding = report.files[1].findings.find((f: { rule: string }) => f.rule === 'AL101');
  assert.deepEqual(finding, {
    rule: 'AL101',
    name: 'lambda-timeout-limit',
    severity: 'error',
    message: "Function 'ReportJob' has Timeout 1500 s; Lambda stops every invocation at 900 s (15 minutes).",
    path: ['Resources', 'ReportJob', 'Properties', 'Timeout'],
    range: { start: { line: 12, column: 16 }, end: { line: 12, column: 20 } },
  });
});

test('--lang ko prints the Korean message', async () => {
  const result = await runCli('lint', BAD, '--lang', 'ko', '--format', 'json');
  const finding = JSON.parse(result.stdout).files[0].findings.find((f: { rule: string }) => f.rule === 'AL101');
  assert.equal(finding.message, "함수 'ReportJob'의 Timeout이 1500초입니다. Lambda는 모든 호출을 900초(15분)에 중단합니다.");
});

test('sarif format validates against the SARIF 2.1.0 schema', async () => {
  const result = await runCli('lint', BAD, 'test/fixtures/cli/broken.yaml', '--format', 'sarif');
  const sarif = JSON.parse(result.stdout);
  const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);
  assert.ok(validate(JSON.parse(result.stdout)), JSON.stringify(validate.errors, null, 2));
  const results = sarif.runs[0].results;
  const al101 = results.find((r: { ruleId: string }) => r.ruleId === 'AL101');
  assert.equal(al101.level, 'error');
  assert.deepEqual(al101.locations[0].physicalLocation.region, { startLine: 12, startColumn: 16, endLine: 12, endColumn: 20 });
  assert.equal(al101.locations[0].physicalLocation.artifactLocation.uri, BAD);
  assert.equal(sarif.runs[0].tool.driver.rules[al101.ruleIndex].id, 'AL101');
  assert.ok(results.some((r: { ruleId: string; level: string }) => r.ruleId === 'AL001' && r.level === 'error'), 'parse errors are results');
});

test('directories are walked for templates; other YAML is skipped; parse errors count as errors', async () => {
  const result = await runCli('lint', 'test/fixtures/cli', '--format', 'json');
  assert.equal(result.code, 1);
  const files = JSON.parse(result.stdout).files;
  assert.deepEqual(files.map((f: { file: string }) => f.file), ['test/fixtures/cli/broken.yaml']);
  assert.equal(files[0].findings[0].rule, 'AL001');
  assert.equal(files[0].findings[0].severity, 'error');
});

test('--max-warnings: warnings over the bar exit 1, at or under it exit 0', async () => {
  const clean = await runCli('lint', GOOD, '--max-warnings', '0');
  assert.equal(clean.code, 0, clean.stdout);
  const usage = await runCli('lint', GOOD, '--max-warnings', 'many');
  assert.equal(usage.code, 2);
});

test('rules --format json lists the catalog', async () => {
  const result = await runCli('rules', '--format', 'json');
  const catalog = JSON.parse(result.stdout);
  const al101 = catalog.find((r: { id: string }) => r.id === 'AL101');
  assert.deepEqual(al101, {
    id: 'AL101',
    name: 'lambda-timeout-limit',
    category: 'compute',
    severity: 'error',
    description: 'Lambda function timeout above the 15-minute maximum',
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
    fixable: true,
    cfnLintOverlap: ['E3034'],
  });
});

/**
 * A table-driven rule tester in the spirit of ESLint's RuleTester: each case names a
 * fixture and the exact findings (message id, severity, 1-based range) the rule must
 * report. Every quick fix of every invalid case is applied and re-linted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/core/graph/buildGraph';
import { lintTemplate } from '../../src/core/lint';
import { locate } from '../../src/core/locate';
import { loadTemplate } from '../../src/core/model/template';
import { applyEdits } from '../../src/core/edit/textEdit';
import { RULES } from '../../src/core/rules/registry';
import type { Finding, Rule, RuleSettings, Severity } from '../../src/core/rules/types';

export const RULE_FIXTURES = join(process.cwd(), 'test', 'fixtures', 'rules');

export interface ExpectedFinding {
  messageId: string;
  severity?: Severity;
  /** 1-based, as editors and the CLI show them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resourceId?: string;
  data?: Record<string, string | number>;
}

export interface ValidCase {
  file: string;
  settings?: RuleSettings;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface LintedFixture {
  text: string;
  findings: Finding[];
  rangeOf(finding: Finding): Omit<ExpectedFinding, 'messageId'>;
}

export function lintFixture(ruleId: string, file: string, rules: readonly Rule[], settings: RuleSettings = {}, text?: string): LintedFixture {
  const source = text ?? readFileSync(join(RULE_FIXTURES, ruleId, file), 'utf8');
  const template = loadTemplate(source, { fileName: file });
  assert.ok(template.isTemplate, `${file} should be a CloudFormation template`);
  const fatal = template.source.problems.filter((p) => p.fatal);
  assert.deepEqual(fatal, [], `${file} should parse cleanly`);
  const findings = lintTemplate(template, buildGraph(template), { rules, settings });
  return {
    text: source,
    findings,
    rangeOf(finding) {
      const { range } = locate(template, finding.path);
      return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
    },
  };
}

function describeFinding(fixture: LintedFixture, finding: Finding): ExpectedFinding {
  return { messageId: finding.messageId, severity: finding.severity, ...fixture.rangeOf(finding) };
}

const byPosition = (a: ExpectedFinding, b: ExpectedFinding) => a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId);

export function runRuleTests(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const { id } = rule.meta;
  const names = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    assert.ok(!names.has(c.file), `${id}: duplicate case ${c.file}`);
    names.add(c.file);
  }

  for (const valid of cases.valid) {
    test(`${id} valid: ${valid.file}`, () => {
      const fixture = lintFixture(id, valid.file, [rule], valid.settings);
      assert.deepEqual(fixture.findings.map((f) => describeFinding(fixture, f)), [], `${id} should not fire on ${valid.file}`);
    });
  }

  for (const invalid of cases.invalid) {
    test(`${id} invalid: ${invalid.file}`, () => {
      assert.ok(invalid.errors.length > 0, `${id}: an invalid case needs expected findings`);
      for (const expected of invalid.errors) {
        assert.ok(expected.messageId in rule.meta.messages, `${id}: unknown messageId ${expected.messageId}`);
      }
      const fixture = lintFixture(id, invalid.file, [rule], invalid.settings);
      const actual = fixture.findings.map((f) => ({
        ...describeFinding(fixture, f),
        ...(invalid.errors.some((e) => e.resourceId) ? { resourceId: f.resourceId } : {}),
        ...(invalid.errors.some((e) => e.data) ? { data: { ...f.data } } : {}),
      }));
      const expected = invalid.errors.map((e) => ({ ...e, severity: e.severity ?? rule.meta.severity }));
      assert.deepEqual(actual.sort(byPosition), expected.sort(byPosition));
    });

    test(`${id} quick fixes: ${invalid.file}`, () => {
      const fixture = lintFixture(id, invalid.file, RULES.length > 0 ? RULES : [rule], invalid.settings);
      const own = fixture.findings.filter((f) => f.ruleId === id);
      for (const finding of own) {
        for (const fix of finding.fixes) {
          assert.ok(fix.fixId in (rule.meta.fixes ?? {}), `${id}: fix ${fix.fixId} has no title in meta.fixes`);
          assertFixWorks(id, invalid, fixture, finding, fix.edits);
        }
      }
    });
  }
}

const findingKey = (f: Finding) => `${f.ruleId}|${f.messageId}|${f.resourceId ?? ''}|${f.path.join('.')}`;

function assertFixWorks(
  id: string,
  testCase: InvalidCase,
  before: LintedFixture,
  finding: Finding,
  edits: Parameters<typeof applyEdits>[1],
): void {
  const fixedText = applyEdits(before.text, edits);
  const label = `${id} fix on ${testCase.file}`;
  const after = lintFixture(id, testCase.file, RULES.length > 0 ? RULES : [], testCase.settings, fixedText);
  const afterKeys = new Set(after.findings.map(findingKey));
  assert.ok(!afterKeys.has(findingKey(finding)), `${label}: the finding is still there\n${fixedText}`);
  const beforeKeys = new Set(before.findings.map(findingKey));
  const created = after.findings.filter((f) => !beforeKeys.has(findingKey(f)) && !(f.ruleId === finding.ruleId && f.resourceId === finding.resourceId && f.messageId === finding.messageId));
  assert.deepEqual(created.map(findingKey), [], `${label}: the fix created new findings\n${fixedText}`);
  for (const comment of before.text.match(/#[^\n'"]*$/gm) ?? []) {
    assert.ok(fixedText.includes(comment), `${label}: comment "${comment}" was lost`);
  }
}

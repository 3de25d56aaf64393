import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/rules/registry';
import { RULE_FIXTURES, lintFixture } from '../../support/ruleTester';

const SAM_TOPICS = /lambda|function|sqs-lambda|edge|event-source|api/;

test('the registry is sorted by id, with unique ids and names', () => {
  const ids = RULES.map((rule) => rule.meta.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(new Set(RULES.map((rule) => rule.meta.name)).size, ids.length);
});

for (const rule of RULES) {
  const { meta } = rule;
  test(`${meta.id} has complete metadata, messages in English and Korean, and docs`, () => {
    assert.match(meta.id, /^AL[1-6]\d\d$/);
    assert.match(meta.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.match(meta.docsUrl, /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.ok(meta.seeds.length > 0 && meta.seeds.every((seed) => /^00[0-4]$/.test(seed)));
    const texts = [meta.description, meta.lesson.why, meta.lesson.scenario, meta.lesson.answer, ...Object.values(meta.messages), ...Object.values(meta.fixes ?? {})];
    assert.ok(Object.keys(meta.messages).length > 0);
    for (const text of texts) {
      assert.ok(text.en.trim().length > 0, `${meta.id}: English text`);
      assert.match(text.ko, /[\uAC00-\uD7A3]/, `${meta.id}: Korean text for "${text.en}"`);
    }
    for (const [id, message] of Object.entries(meta.messages)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(placeholders(message.ko), placeholders(message.en), `${meta.id}.${id}: same placeholders in both languages`);
    }
  });

  test(`${meta.id} has good and bad fixtures in YAML and JSON${SAM_TOPICS.test(meta.name) ? ', and SAM' : ''}`, () => {
    const dir = join(RULE_FIXTURES, meta.id);
    assert.ok(existsSync(dir), `${dir} exists`);
    const files = readdirSync(dir);
    for (const kind of ['good', 'bad']) {
      assert.ok(files.some((f) => f.startsWith(kind) && /\.ya?ml$/.test(f) && !f.includes('.sam.')), `${meta.id}: ${kind} YAML fixture`);
      assert.ok(files.some((f) => f.startsWith(kind) && f.endsWith('.json')), `${meta.id}: ${kind} JSON fixture`);
    }
    assert.ok(existsSync(join('test', 'unit', 'rules', `${meta.id}.test.ts`)), `${meta.id}: a rule test`);
  });
}

test('every good fixture is clean under the whole registry, not even an info', () => {
  for (const rule of RULES) {
    const dir = join(RULE_FIXTURES, rule.meta.id);
    for (const file of readdirSync(dir).filter((f) => f.startsWith('good'))) {
      const { findings } = lintFixture(rule.meta.id, file, RULES);
      assert.deepEqual(
        findings.map((f) => `${f.ruleId} ${f.path.join('.')}`),
        [],
        `${rule.meta.id}/${file}`,
      );
    }
  }
});

test('every bad fixture triggers its own rule', () => {
  for (const rule of RULES) {
    const dir = join(RULE_FIXTURES, rule.meta.id);
    for (const file of readdirSync(dir).filter((f) => f.startsWith('bad'))) {
      const { findings } = lintFixture(rule.meta.id, file, RULES);
      assert.ok(findings.some((f) => f.ruleId === rule.meta.id), `${rule.meta.id}/${file} triggers ${rule.meta.id}`);
    }
  }
});

/**
 * `archlens lint` on the bad fixtures reports exactly the expected ids: the fixture's own
 * check, plus the few reviewed cases where the same mistake is also another lesson
 * (a public ACL is both AL201 and AL204; a 25-minute SQS job is AL101 and AL112; …).
 */
const ALSO_EXPECTED: Record<string, string[]> = {
  'AL112/bad-over-cap.yaml': ['AL101'],
  'AL201/bad-acl.yaml': ['AL204'],
  'AL204/bad-acl.yaml': ['AL201'],
  'AL205/bad-instances.yaml': ['AL111'],
  'AL504/bad-all-traffic.yaml': ['AL503'],
};
const ALSO_EXPECTED_BY_PREFIX: Record<string, string[]> = { AL302: ['AL301'], AL412: ['AL108'] };

test('each bad fixture reports exactly its own check (plus the reviewed overlaps)', () => {
  const mismatches: string[] = [];
  for (const rule of RULES) {
    const dir = join(RULE_FIXTURES, rule.meta.id);
    for (const file of readdirSync(dir).filter((f) => f.startsWith('bad'))) {
      const key = `${rule.meta.id}/${file}`;
      const expected = new Set([rule.meta.id, ...(ALSO_EXPECTED[key] ?? []), ...(ALSO_EXPECTED_BY_PREFIX[rule.meta.id] ?? [])]);
      const actual = new Set(lintFixture(rule.meta.id, file, RULES).findings.map((f) => f.ruleId));
      const extra = [...actual].filter((id) => !expected.has(id));
      const missing = rule.meta.id && !actual.has(rule.meta.id) ? [rule.meta.id] : [];
      // Prefix overlaps may or may not fire per file; the own id must, and nothing unexpected may.
      if (extra.length || missing.length) mismatches.push(`${key}: extra [${extra}] missing [${missing}]`);
    }
  }
  assert.deepEqual(mismatches, []);
});

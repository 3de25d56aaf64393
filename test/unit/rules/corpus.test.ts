import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFindings, FINDINGS_SNAPSHOT } from '../../support/corpusFindings';

test('the corpus lints without a crash, and its findings match the reviewed snapshot', () => {
  const actual = corpusFindings();
  const crashes = Object.entries(actual).filter(([, rows]) => rows.some((row) => row.startsWith('AL000')));
  assert.deepEqual(crashes, [], 'no check crashed');
  const expected = JSON.parse(readFileSync(FINDINGS_SNAPSHOT, 'utf8'));
  assert.deepEqual(actual, expected, 'corpus findings changed: review them, then run node scripts/update-corpus-findings.mjs');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { countCorpus, corpusRoot, SNAPSHOT_PATH, type CorpusCount } from './support/corpusCounts';

/** A hang guard, not a benchmark: a file that takes this long is stuck in a loop. */
const PER_FILE_BUDGET_MS = 5000;
const UPDATE_HINT = 'If the change is intended, run `node scripts/update-corpus-snapshot.mjs` and review the diff.';

test('every corpus file parses and graphs without an exception, and its counts match the snapshot', () => {
  const root = corpusRoot();
  assert.ok(existsSync(root), `corpus not found at ${root}: the repository expects shared/corpus beside it`);
  const { counts, durations } = countCorpus(root);
  const snapshot = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as Record<string, CorpusCount>;

  const slow = Object.entries(durations).filter(([, ms]) => ms > PER_FILE_BUDGET_MS);
  assert.deepEqual(slow.map(([file, ms]) => `${file}: ${Math.round(ms)} ms`), [], 'files over the per-file time budget');

  const differences: string[] = [];
  for (const file of new Set([...Object.keys(snapshot), ...Object.keys(counts)])) {
    const expected = snapshot[file];
    const actual = counts[file];
    if (!expected) differences.push(`+ ${file}: new file ${JSON.stringify(actual)}`);
    else if (!actual) differences.push(`- ${file}: no longer in the corpus`);
    else {
      const changed = (Object.keys(expected) as Array<keyof CorpusCount>).filter((key) => expected[key] !== actual[key]);
      if (changed.length > 0) differences.push(`~ ${file}: ${changed.map((key) => `${key} ${expected[key]} → ${actual[key]}`).join(', ')}`);
    }
  }
  assert.ok(differences.length === 0, `corpus counts differ from ${SNAPSHOT_PATH}:\n${differences.join('\n')}\n${UPDATE_HINT}`);
});

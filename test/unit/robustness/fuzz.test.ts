/**
 * Mutation fuzzer over the corpus and the fixtures: the parser, model, graph, checks,
 * quick fixes and diagram must never throw, and no case may hang (1 s guard per case).
 * 10,000 cases with a fixed seed in CI; ARCHLENS_FUZZ_CASES and ARCHLENS_FUZZ_SEED for more.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { exerciseEverything } from '../../support/exercise';
import { MUTATIONS, MUTATION_NAMES, seededRandom } from '../../support/mutations';
import { templateFiles } from '../../support/files';

const CASES = Number(process.env.ARCHLENS_FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.ARCHLENS_FUZZ_SEED ?? 20261122);
const HANG_GUARD_MS = 1000;

test(`fuzz: ${CASES} mutated templates (seed ${SEED}) never throw or hang`, () => {
  const sources = templateFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  assert.ok(sources.length > 300, `corpus and fixtures found (${sources.length})`);
  const random = seededRandom(SEED);
  const perMutation = new Map<string, number>();
  let slowest = { ms: 0, label: '' };
  for (let i = 0; i < CASES; i++) {
    const source = sources[Math.floor(random() * sources.length)];
    const steps = 1 + Math.floor(random() * 3);
    let text = source.text;
    const applied: string[] = [];
    for (let s = 0; s < steps; s++) {
      const name = MUTATION_NAMES[Math.floor(random() * MUTATION_NAMES.length)];
      text = MUTATIONS[name](text, random);
      applied.push(name);
      perMutation.set(name, (perMutation.get(name) ?? 0) + 1);
    }
    const label = `case ${i}: ${source.file} with ${applied.join(' + ')}`;
    const started = performance.now();
    try {
      exerciseEverything(text, source.file);
    } catch (error) {
      assert.fail(`${label} threw: ${(error as Error).stack}`);
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, label };
    assert.ok(ms < HANG_GUARD_MS, `${label} took ${ms.toFixed(0)} ms`);
  }
  assert.deepEqual([...perMutation.keys()].sort(), [...MUTATION_NAMES].sort(), 'every mutation was exercised');
  console.log(`fuzz: ${CASES} cases; slowest ${slowest.ms.toFixed(1)} ms (${slowest.label})`);
});

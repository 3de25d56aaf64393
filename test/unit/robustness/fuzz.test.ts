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
import { parseSource, type ParsedSource } from '../../../src/core/parse/parseTemplate';
import { reparseEdit } from '../../../src/core/parse/reparse';

const LIMITS = { maxChars: 5 * 1024 * 1024, maxNodes: 1_000_000, maxDepth: 256 };

const CASES = Number(process.env.ARCHLENS_FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.ARCHLENS_FUZZ_SEED ?? 20261122);
const HANG_GUARD_MS = 1000;

test(`fuzz: ${CASES} mutated templates (seed ${SEED}) never throw or hang`, () => {
  const sources = templateFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  assert.ok(sources.length > 300, `corpus and fixtures found (${sources.length})`);
  const random = seededRandom(SEED);
  const perMutation = new Map<string, number>();
  let slowest = { ms: 0, label: '' };
  // The extension re-parses only the edited block when it can: from the unmutated parse,
  // that must give what a full parse of the mutated text gives.
  const originals = new Map<string, ParsedSource>();
  let reparsed = 0;
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
    if (!originals.has(source.file)) originals.set(source.file, parseSource(source.text, { fileName: source.file }));
    const original = originals.get(source.file)!;
    const incremental = original.format === 'yaml' ? reparseEdit(original, text, LIMITS) : undefined;
    if (incremental) {
      reparsed++;
      assert.deepEqual(incremental, parseSource(text, { format: 'yaml' }), `${label}: the block re-parse differs from a full parse`);
    }
    if (ms > slowest.ms) slowest = { ms, label };
    assert.ok(ms < HANG_GUARD_MS, `${label} took ${ms.toFixed(0)} ms`);
  }
  assert.deepEqual([...perMutation.keys()].sort(), [...MUTATION_NAMES].sort(), 'every mutation was exercised');
  console.log(`fuzz: ${CASES} cases (${reparsed} re-parsed one block, equal to a full parse); slowest ${slowest.ms.toFixed(1)} ms (${slowest.label})`);
});

/**
 * `npm run bench`: per-phase timings (median and spread over repeated runs) for synthetic
 * templates of 50, 200, 500 and 2,000 resources and for the whole corpus, the ratio of
 * the full analysis to the bare `yaml` parse, and peak memory. It prints figures; it
 * asserts nothing (timed assertions don't belong in tests).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { buildGraph } from '../../src/core/graph/buildGraph';
import { lintTemplate } from '../../src/core/lint';
import { loadTemplate } from '../../src/core/model/template';
import { RULES } from '../../src/core/rules/registry';
import { buildDiagramText } from '../support/diagramPhase';
import { syntheticTemplate } from '../support/syntheticTemplate';

const SIZES = [50, 200, 500, 2000];
const RUNS = Number(process.env.ARCHLENS_BENCH_RUNS ?? 15);

interface PhaseTimes {
  parse: number[];
  model: number[];
  graph: number[];
  checks: number[];
  diagram: number[];
  full: number[];
}

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

/**
 * Each phase is timed in its own loop (after warm-up), so a phase is not charged for the
 * garbage the previous one left; `full` times the whole pipeline from text to diagram.
 */
function measure(text: string, runs: number): PhaseTimes {
  const repeat = (fn: () => unknown): number[] => {
    const out: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const [, ms] = time(fn);
      if (i >= 2) out.push(ms);
    }
    sampleMemory();
    return out;
  };
  const template = loadTemplate(text, { format: 'yaml' });
  const graph = buildGraph(template);
  const findings = lintTemplate(template, graph, { rules: RULES });
  return {
    parse: repeat(() => parseDocument(text)),
    model: repeat(() => loadTemplate(text, { format: 'yaml' })),
    graph: repeat(() => buildGraph(template)),
    checks: repeat(() => lintTemplate(template, graph, { rules: RULES })),
    diagram: repeat(() => buildDiagramText(template, graph, findings)),
    full: repeat(() => {
      const t = loadTemplate(text, { format: 'yaml' });
      const g = buildGraph(t);
      buildDiagramText(t, g, lintTemplate(t, g, { rules: RULES }));
    }),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length * 0.1)].toFixed(1)}–${sorted[Math.ceil(sorted.length * 0.9) - 1].toFixed(1)}`;
};
const cell = (values: number[]) => `${median(values).toFixed(1).padStart(7)} (${spread(values)})`.padEnd(24);

function printRow(label: string, times: PhaseTimes): void {
  const ratio = median(times.full) / median(times.parse);
  console.log(
    `${label.padEnd(18)}${cell(times.parse)}${cell(times.model)}${cell(times.graph)}${cell(times.checks)}${cell(times.diagram)}${cell(times.full)}${ratio.toFixed(2).padStart(6)}×`,
  );
}

function corpusFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) corpusFiles(full, out);
    else if (/\.(ya?ml|json|template)$/i.test(name)) out.push(full);
  }
  return out;
}

console.log(`ArchLens benchmark · node ${process.version} · ${RUNS} runs per size (after 2 warm-up runs) · ${RULES.length} checks`);
console.log('times in ms: median (10th–90th percentile), each phase in its own loop; ratio = full analysis (text to diagram) / bare yaml parseDocument (default options)\n');
console.log(`${'template'.padEnd(18)}${'yaml parse'.padEnd(24)}${'model'.padEnd(24)}${'graph'.padEnd(24)}${'checks'.padEnd(24)}${'diagram'.padEnd(24)}${'full'.padEnd(24)}ratio`);
const medians = new Map<number, number>();
for (const size of SIZES) {
  const text = syntheticTemplate(size);
  const times = measure(text, size >= 2000 ? Math.max(5, Math.floor(RUNS / 3)) : RUNS);
  medians.set(size, median(times.full));
  printRow(`${size} res, ${Math.round(text.length / 1024)} KB`, times);
}
console.log(`\ngrowth: 2,000 resources take ${(medians.get(2000)! / medians.get(500)!).toFixed(2)}× the time of 500 (linear would be 4×)`);

/**
 * What the extension does after a keystroke: the previous parse lets the edit re-parse
 * only its own resource; the model, graph and checks then run on the whole template.
 */
function measureKeystroke(text: string, runs: number): { reparse: number[]; analysis: number[] } {
  const line = /^      VisibilityTimeout: 360$/gm;
  line.lastIndex = text.length >> 1;
  const match = line.exec(text)!;
  const at = match.index + match[0].length;
  const edited = [text.slice(0, at) + '0' + text.slice(at), text];
  let previous = loadTemplate(text, { format: 'yaml' });
  const reparse: number[] = [];
  const analysis: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const next = edited[i % 2];
    const [template, parseMs] = time(() => loadTemplate(next, { format: 'yaml', previous: previous.source }));
    const [, analysisMs] = time(() => lintTemplate(template, buildGraph(template), { rules: RULES }));
    if (i >= 2) reparse.push(parseMs);
    if (i >= 2) analysis.push(parseMs + analysisMs);
    previous = template;
  }
  sampleMemory();
  return { reparse, analysis };
}

console.log('\nafter a keystroke in one resource (the extension passes the previous parse; the edited resource alone is re-parsed):');
for (const size of SIZES) {
  const text = syntheticTemplate(size);
  const times = measureKeystroke(text, RUNS);
  console.log(`  ${`${size} res`.padEnd(10)} model ${cell(times.reparse)} model + graph + checks ${cell(times.analysis)}`);
}

const corpusDir = resolve(process.cwd(), '../shared/corpus');
try {
  const files = corpusFiles(corpusDir);
  const corpus: PhaseTimes = { parse: [], model: [], graph: [], checks: [], diagram: [], full: [] };
  let slowest = { file: '', ms: 0 };
  for (const file of files) {
    const times = measure(readFileSync(file, 'utf8'), 3);
    for (const key of Object.keys(corpus) as (keyof PhaseTimes)[]) corpus[key].push(median(times[key]));
    if (median(times.full) > slowest.ms) slowest = { file, ms: median(times.full) };
  }
  console.log(`\ncorpus: ${files.length} files, per-file medians summed:`);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0).toFixed(1);
  console.log(`  yaml parse ${sum(corpus.parse)} ms · model ${sum(corpus.model)} · graph ${sum(corpus.graph)} · checks ${sum(corpus.checks)} · diagram ${sum(corpus.diagram)} · full ${sum(corpus.full)} ms`);
  console.log(`  slowest file: ${slowest.file.slice(corpusDir.length + 1)} (${slowest.ms.toFixed(1)} ms)`);
} catch (error) {
  console.log(`\ncorpus: skipped (${(error as Error).message})`);
}
console.log(`\npeak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

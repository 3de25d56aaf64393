// Shared by corpus.test.ts and scripts/update-corpus-snapshot.mjs, so the snapshot and the
// test count the same way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadTemplate } from '../../../../src/core/model/template';
import { buildGraph } from '../../../../src/core/graph/buildGraph';
import { SEMANTIC_EDGE_KINDS } from '../../../../src/core/graph/types';

export interface CorpusCount {
  isTemplate: boolean;
  resources: number;
  edges: number;
  semanticEdges: number;
}

export interface CorpusResult {
  counts: Record<string, CorpusCount>;
  /** Milliseconds per file, for the hang guard only. */
  durations: Record<string, number>;
}

const CORPUS_EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];

/** CI clones the repo with `shared/` beside it, so the corpus is `../shared/corpus` from the repo root. */
export function corpusRoot(repoRoot: string = process.cwd()): string {
  return resolve(repoRoot, '../shared/corpus');
}

export const SNAPSHOT_PATH = 'test/fixtures/graph/corpus-counts.json';

/** Corpus files as sorted '/'-separated paths relative to the corpus root. */
export function listCorpusFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (CORPUS_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

export function countText(text: string, fileName: string): CorpusCount {
  const template = loadTemplate(text, { fileName });
  const graph = buildGraph(template);
  return {
    isTemplate: template.isTemplate,
    resources: template.resources.size,
    edges: graph.edges.length,
    semanticEdges: graph.edges.filter((edge) => SEMANTIC_EDGE_KINDS.has(edge.kind)).length,
  };
}

export function countCorpus(root: string): CorpusResult {
  const counts: Record<string, CorpusCount> = {};
  const durations: Record<string, number> = {};
  for (const file of listCorpusFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const started = performance.now();
    counts[file] = countText(text, file);
    durations[file] = performance.now() - started;
  }
  return { counts, durations };
}

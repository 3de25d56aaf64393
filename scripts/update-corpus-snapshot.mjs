// Regenerates test/fixtures/graph/corpus-counts.json: per corpus file, whether it is a
// template and how many resources, edges and semantic edges its graph has.
// The snapshot is never edited by hand; run this after a deliberate change to the graph:
//   node scripts/update-corpus-snapshot.mjs
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bundleDir = mkdtempSync(join(tmpdir(), 'archlens-corpus-'));
try {
  const outfile = join(bundleDir, 'corpusCounts.cjs');
  await esbuild.build({
    entryPoints: ['test/unit/graph/support/corpusCounts.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const { corpusRoot, countCorpus, SNAPSHOT_PATH } = createRequire(import.meta.url)(outfile);
  const root = corpusRoot(process.cwd());
  if (!existsSync(root)) throw new Error(`corpus not found at ${root} (expected shared/corpus beside the repo)`);
  const { counts } = countCorpus(root);
  writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(counts, null, 2)}\n`);
  const files = Object.values(counts);
  const sum = (key) => files.reduce((total, count) => total + count[key], 0);
  console.log(
    `wrote ${SNAPSHOT_PATH}: ${files.length} files, ${files.filter((c) => c.isTemplate).length} templates, ` +
      `${sum('resources')} resources, ${sum('edges')} edges (${sum('semanticEdges')} semantic)`,
  );
} finally {
  rmSync(bundleDir, { recursive: true, force: true });
}

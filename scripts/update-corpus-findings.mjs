// Regenerates test/fixtures/rules/corpus-findings.json (never edited by hand). Review every
// new or changed row: a false alarm is a bug in the check, not in the snapshot.
//   node scripts/update-corpus-findings.mjs
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'archlens-findings-'));
try {
  const outfile = join(dir, 'corpusFindings.cjs');
  await esbuild.build({ entryPoints: ['test/support/corpusFindings.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const { corpusFindings, countByRule, FINDINGS_SNAPSHOT } = createRequire(import.meta.url)(outfile);
  const findings = corpusFindings();
  writeFileSync(FINDINGS_SNAPSHOT, `${JSON.stringify(findings, null, 2)}\n`);
  console.log(`wrote ${FINDINGS_SNAPSHOT}: ${Object.keys(findings).length} files with findings`);
  console.log(JSON.stringify(countByRule(findings)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

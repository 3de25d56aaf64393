// Shared by the corpus lint test and scripts/update-corpus-findings.mjs: which checks fire
// on which real-world template. Every finding in the snapshot was reviewed (see the note in
// test/fixtures/rules/corpus-findings.md); a change shows up as a diff to review again.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { analyzeText } from '../../src/core/lint';
import { CORPUS_DIR, listFiles } from './files';

export const FINDINGS_SNAPSHOT = 'test/fixtures/rules/corpus-findings.json';

/** Per corpus file, the sorted list of `ruleId path` strings it produces. */
export function corpusFindings(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of listFiles(CORPUS_DIR)) {
    const { template, findings } = analyzeText(readFileSync(file, 'utf8'), { fileName: file });
    if (!template.isTemplate) continue;
    const rows = findings.map((f) => `${f.ruleId} ${f.severity} ${f.path.join('/')}`).sort();
    if (rows.length > 0) out[relative(CORPUS_DIR, file).split(sep).join('/')] = rows;
  }
  return out;
}

export function countByRule(findings: Record<string, string[]>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rows of Object.values(findings)) for (const row of rows) counts[row.split(' ')[0]] = (counts[row.split(' ')[0]] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort());
}

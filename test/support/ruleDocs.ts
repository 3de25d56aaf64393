import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules/registry';
import { ruleIndexTable, ruleReferencePage, type RuleExamples } from '../../src/core/rules/referencePage';
import { RULE_FIXTURES } from './ruleTester';

export const DOCS_DIR = join(process.cwd(), 'docs', 'rules');

/** The smallest YAML fixture of each kind makes the clearest example. */
function exampleOf(ruleId: string, kind: 'bad' | 'good'): RuleExamples['bad'] {
  const dir = join(RULE_FIXTURES, ruleId);
  if (!existsSync(dir)) return undefined;
  const candidates = readdirSync(dir)
    .filter((file) => file.startsWith(kind) && /\.ya?ml$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => Number(b.file === `${kind}.yaml`) - Number(a.file === `${kind}.yaml`) || a.text.length - b.text.length);
  return candidates[0];
}

/** Every generated page, keyed by file name. */
export function generatedRuleDocs(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of RULES) {
    const examples = { bad: exampleOf(rule.meta.id, 'bad'), good: exampleOf(rule.meta.id, 'good') };
    pages.set(`${rule.meta.id}.md`, ruleReferencePage(rule, examples, 'en'));
    pages.set(`ko/${rule.meta.id}.md`, ruleReferencePage(rule, examples, 'ko'));
  }
  pages.set(
    'README.md',
    `# ArchLens checks\n\nGenerated from the rule registry by \`npm run docs\`; do not edit by hand.\n\n${ruleIndexTable(RULES)}\n`,
  );
  return pages;
}

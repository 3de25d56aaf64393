import { lessonMarkdown } from './lesson';
import { localize } from './format';
import type { Language, Rule } from './types';

export interface RuleExamples {
  bad?: { file: string; text: string };
  good?: { file: string; text: string };
}

const HEADINGS = {
  en: { severity: 'Default severity', fixes: 'Quick fixes', none: 'none', bad: 'Flagged', good: 'Passes', overlap: 'Also checked by cfn-lint', seeds: 'Study notes' },
  ko: { severity: '기본 심각도', fixes: '빠른 수정', none: '없음', bad: '검출되는 예', good: '통과하는 예', overlap: 'cfn-lint도 검사함', seeds: '학습 노트' },
} as const;

/** The reference page of one check (docs/rules/AL###.md): lesson, settings, examples. */
export function ruleReferencePage(rule: Rule, examples: RuleExamples, language: Language = 'en'): string {
  const { meta } = rule;
  const h = HEADINGS[language];
  const fixes = Object.values(meta.fixes ?? {}).map((title) => localize(title, language));
  const lines = [
    `# ${meta.id} ${meta.name}`,
    '',
    lessonMarkdown(meta, language),
    '',
    `- ${h.severity}: \`${meta.severity}\``,
    `- ${h.fixes}: ${fixes.length ? fixes.join('; ') : h.none}`,
    `- ${h.seeds}: ${meta.seeds.join(', ')}`,
  ];
  if (meta.cfnLintOverlap?.length) lines.push(`- ${h.overlap}: ${meta.cfnLintOverlap.join(', ')}`);
  for (const [heading, example] of [[h.bad, examples.bad], [h.good, examples.good]] as const) {
    if (!example) continue;
    const fence = example.file.endsWith('.json') ? 'json' : 'yaml';
    lines.push('', `## ${heading}`, '', `\`\`\`${fence}`, example.text.trimEnd(), '```');
  }
  return `${lines.join('\n')}\n`;
}

/** The index of all checks, as a Markdown table (docs/rules/README.md and the README). */
export function ruleIndexTable(rules: readonly Rule[], language: Language = 'en'): string {
  const rows = rules.map(({ meta }) => `| [${meta.id}](${meta.id}.md) | \`${meta.name}\` | ${meta.severity} | ${Object.keys(meta.fixes ?? {}).length ? '✓' : ''} | ${localize(meta.description, language)} |`);
  return ['| id | name | severity | fix | what it catches |', '|---|---|---|---|---|', ...rows].join('\n');
}

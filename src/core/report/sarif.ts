import { lessonMarkdown } from '../rules/lesson';
import { localize } from '../rules/format';
import { RULES } from '../rules/registry';
import type { Language, Severity } from '../rules/types';
import { PARSE_PROBLEM_ID, type FileResult } from './fileResult';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rule metadata with help text, results
 * with relative URIs under %SRCROOT%, and regions with 1-based lines and columns.
 */
export function toSarif(results: readonly FileResult[], toolVersion: string, language: Language): object {
  const rules = [
    {
      id: PARSE_PROBLEM_ID,
      name: 'template-syntax',
      shortDescription: { text: 'The template does not parse' },
      fullDescription: { text: 'YAML or JSON syntax errors, duplicate keys, and inputs over the size or alias budget.' },
      defaultConfiguration: { level: 'error' },
      help: { text: 'Fix the syntax error at the reported position.' },
    },
    ...RULES.map((rule) => ({
      id: rule.meta.id,
      name: rule.meta.name,
      shortDescription: { text: localize(rule.meta.description, language) },
      fullDescription: { text: localize(rule.meta.lesson.why, language) },
      helpUri: rule.meta.docsUrl,
      help: { text: `${localize(rule.meta.lesson.answer, language)} ${rule.meta.docsUrl}`, markdown: lessonMarkdown(rule.meta, language) },
      defaultConfiguration: { level: LEVEL[rule.meta.severity] },
      properties: { tags: ['aws', 'cloudformation', rule.meta.category], precision: 'high' },
    })),
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ArchLens', version: toolVersion, informationUri: 'https://github.com/archlens/archlens', rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory archlens lint ran in.' } } },
        results: results.flatMap((result) =>
          result.findings.map((finding) => ({
            ruleId: finding.rule,
            ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(result.file.replace(/\\/g, '/').replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: finding.range.start.line,
                    startColumn: finding.range.start.column,
                    endLine: finding.range.end.line,
                    endColumn: finding.range.end.column,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

import type { Analysis } from '../lint';
import { locate } from '../locate';
import { formatMessage } from '../rules/format';
import { RULES_BY_ID } from '../rules/registry';
import type { Language, Severity } from '../rules/types';

/** Parse problems are reported under this id so they count as errors everywhere. */
export const PARSE_PROBLEM_ID = 'AL001';

/** One finding as every reporter sees it: 1-based lines and columns. */
export interface ReportedFinding {
  rule: string;
  name: string;
  severity: Severity;
  message: string;
  path: ReadonlyArray<string | number>;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface FileResult {
  file: string;
  findings: ReportedFinding[];
}

export function toFileResult(file: string, analysis: Analysis, language: Language): FileResult {
  const { template } = analysis;
  const oneBased = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  });
  const findings: ReportedFinding[] = template.source.problems.map((problem) => ({
    rule: PARSE_PROBLEM_ID,
    name: `parse-${problem.code}`,
    severity: problem.fatal ? 'error' : 'warning',
    message: problem.message,
    path: [],
    range: oneBased(template.source.lines.rangeOf(problem.span.start, problem.span.end)),
  }));
  for (const finding of analysis.findings) {
    const rule = RULES_BY_ID.get(finding.ruleId);
    findings.push({
      rule: finding.ruleId,
      name: finding.ruleName,
      severity: finding.severity,
      message: rule ? formatMessage(rule.meta, finding.messageId, finding.data, language) : `Check ${finding.data.rule} failed: ${finding.data.error}`,
      path: finding.path,
      range: oneBased(locate(template, finding.path).range),
    });
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.rule.localeCompare(b.rule));
  return { file, findings };
}

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}

import * as vscode from 'vscode';
import type { Analysis } from '../../core/lint';
import { locate } from '../../core/locate';
import type { Range } from '../../core/parse/lineIndex';
import { formatMessage } from '../../core/rules/format';
import { RULES_BY_ID } from '../../core/rules/registry';
import type { Finding, Language, Severity } from '../../core/rules/types';

export const DIAGNOSTIC_SOURCE = 'ArchLens';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function findingMessage(finding: Finding, language: Language): string {
  const rule = RULES_BY_ID.get(finding.ruleId);
  if (!rule) return vscode.l10n.t('Check {0} failed: {1}', String(finding.data.rule ?? finding.ruleId), String(finding.data.error ?? ''));
  return formatMessage(rule.meta, finding.messageId, finding.data, language);
}

/** Parse problems first (at their own position), then the checks' findings. */
export function toDiagnostics(analysis: Analysis, language: Language): vscode.Diagnostic[] {
  const { template } = analysis;
  const diagnostics: vscode.Diagnostic[] = [];
  for (const problem of template.source.problems) {
    const range = template.source.lines.rangeOf(problem.span.start, Math.max(problem.span.end, problem.span.start));
    const diagnostic = new vscode.Diagnostic(
      toVscodeRange(range),
      problem.message,
      problem.fatal ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = problem.code;
    diagnostics.push(diagnostic);
  }
  for (const finding of analysis.findings) {
    const rule = RULES_BY_ID.get(finding.ruleId);
    const diagnostic = new vscode.Diagnostic(toVscodeRange(locate(template, finding.path).range), findingMessage(finding, language), SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = rule ? { value: finding.ruleId, target: vscode.Uri.parse(rule.meta.docsUrl) } : finding.ruleId;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

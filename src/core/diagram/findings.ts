import type { Template } from '../model/template';
import { isMap, mapGet } from '../parse/nodes';
import { formatMessage } from '../rules/format';
import { RULES_BY_ID } from '../rules/registry';
import type { Finding, Language, Severity } from '../rules/types';
import type { DiagramFinding } from './types';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Findings per resource, with their messages written out, plus non-fatal parse problems
 * (a duplicate key inside a resource) so the picture shows them before any check exists.
 */
export function findingsByResource(template: Template | undefined, findings: readonly Finding[], language: Language): Map<string, DiagramFinding[]> {
  const out = new Map<string, DiagramFinding[]>();
  const add = (resourceId: string, finding: DiagramFinding) => {
    (out.get(resourceId) ?? out.set(resourceId, []).get(resourceId)!).push(finding);
  };
  for (const finding of findings) {
    if (!finding.resourceId) continue;
    const rule = RULES_BY_ID.get(finding.ruleId);
    const message = rule ? formatMessage(rule.meta, finding.messageId, finding.data, language) : `${finding.ruleName}: ${finding.messageId}`;
    add(finding.resourceId, { ruleId: finding.ruleId, severity: finding.severity, message, resourceId: finding.resourceId });
  }
  if (template) {
    const resources = mapGet(template.root, 'Resources');
    for (const problem of template.source.problems) {
      if (problem.fatal || !isMap(resources)) continue;
      const entry = resources.entries.find((e) => e.keySpan.start <= problem.span.start && problem.span.start < e.value.span.end);
      if (entry) add(entry.key, { ruleId: problem.code, severity: 'error', message: problem.message, resourceId: entry.key });
    }
  }
  return out;
}

export function worstSeverity(findings: readonly DiagramFinding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const finding of findings) if (!worst || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}

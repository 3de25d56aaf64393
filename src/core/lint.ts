import { buildGraph } from './graph/buildGraph';
import type { ResourceGraph } from './graph/types';
import { loadTemplate, type Template } from './model/template';
import type { ParseOptions } from './parse/parseTemplate';
import { RULES } from './rules/registry';
import type { Finding, Rule, RuleSettings, Severity } from './rules/types';

export type SeverityOverride = Severity | 'off';

export interface LintOptions {
  rules?: readonly Rule[];
  settings?: RuleSettings;
  /** Per-rule severity or 'off' (archlens.rules). */
  overrides?: Readonly<Record<string, SeverityOverride>>;
  /** Turn off the checks that cfn-lint already makes (archlens.skipCfnLintOverlaps). */
  skipCfnLintOverlaps?: boolean;
}

export interface Analysis {
  template: Template;
  graph: ResourceGraph;
  findings: Finding[];
}

/** Id under which a crashing check is reported, naming the check in its data. */
export const RULE_CRASH_ID = 'AL000';

/** Parse once, build the graph once, run every enabled check. Never throws. */
export function analyzeText(text: string, parseOptions: ParseOptions = {}, lintOptions: LintOptions = {}): Analysis {
  const template = loadTemplate(text, parseOptions);
  const graph = buildGraph(template);
  return { template, graph, findings: lintTemplate(template, graph, lintOptions) };
}

export function lintTemplate(template: Template, graph: ResourceGraph, options: LintOptions = {}): Finding[] {
  if (!template.isTemplate || template.source.hasFatalProblem) return [];
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const { id } = rule.meta;
    const override = options.overrides?.[id];
    if (override === 'off' || template.ignoredRules.has(id)) continue;
    if (options.skipCfnLintOverlaps && rule.meta.cfnLintOverlap?.length) continue;
    try {
      rule.check({
        template,
        graph,
        settings: options.settings ?? {},
        report: (descriptor) => {
          if (descriptor.resourceId && template.resources.get(descriptor.resourceId)?.ignoredRules.has(id)) return;
          findings.push({
            ruleId: id,
            ruleName: rule.meta.name,
            severity: override ?? descriptor.severity ?? rule.meta.severity,
            messageId: descriptor.messageId,
            data: descriptor.data ?? {},
            path: descriptor.path,
            resourceId: descriptor.resourceId,
            fixes: descriptor.fixes ?? [],
          });
        },
      });
    } catch (error) {
      // One broken check must not silence the others (cfn-lint's E0002).
      findings.push({
        ruleId: RULE_CRASH_ID,
        ruleName: 'rule-crashed',
        severity: 'error',
        messageId: 'crashed',
        data: { rule: id, error: error instanceof Error ? error.message : String(error) },
        path: [],
        fixes: [],
      });
    }
  }
  return findings;
}

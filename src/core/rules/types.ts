import type { TemplatePath } from '../parse/nodes';
import type { Template } from '../model/template';
import type { ResourceGraph } from '../graph/types';
import type { TextEdit } from '../edit/textEdit';

export type Severity = 'error' | 'warning' | 'info';
export type Language = 'en' | 'ko';
export type Localized = Readonly<Record<Language, string>>;

export type RuleCategory = 'compute' | 'storage' | 'database' | 'messaging' | 'networking' | 'security';

/** A rule's identity is data, in the spirit of ESLint's `meta` and cfn-lint's rule class. */
export interface RuleMeta {
  id: string; // 'AL101'
  name: string; // 'lambda-timeout-limit'
  category: RuleCategory;
  /** Default severity; a report may choose another (AL303 error/warning). */
  severity: Severity;
  /** AWS documentation page behind the lesson. */
  docsUrl: string;
  /** Short description for lists, SARIF and the rules table. */
  description: Localized;
  /** Messages keyed by message id, with {placeholders}. */
  messages: Readonly<Record<string, Localized>>;
  /** The lesson shown on hover. */
  lesson: {
    why: Localized;
    scenario: Localized;
    answer: Localized;
    /** Where AWS changed a limit since the seed was written. */
    changed?: Localized;
  };
  /** Seed documents the lesson comes from ('000' … '004'). */
  seeds: readonly string[];
  /** cfn-lint rules that check the same thing (turned off by archlens.skipCfnLintOverlaps). */
  cfnLintOverlap?: readonly string[];
  /** Titles of the quick fixes the rule offers, keyed by fix id. */
  fixes?: Readonly<Record<string, Localized>>;
}

export interface ReportDescriptor {
  messageId: string;
  path: TemplatePath;
  data?: Readonly<Record<string, string | number>>;
  severity?: Severity;
  /** The resource the finding belongs to, for per-resource ignores and diagram borders. */
  resourceId?: string;
  /** Quick fixes for this finding: fix id (a key of meta.fixes) and its edits. */
  fixes?: ReadonlyArray<{ fixId: string; edits: TextEdit[] }>;
}

export interface RuleSettings {
  /** The stack's region (archlens.region), for region-bound checks such as AL107. */
  region?: string;
}

export interface RuleContext {
  template: Template;
  graph: ResourceGraph;
  settings: RuleSettings;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  messageId: string;
  data: Readonly<Record<string, string | number>>;
  path: TemplatePath;
  resourceId?: string;
  fixes: ReadonlyArray<{ fixId: string; edits: TextEdit[] }>;
}

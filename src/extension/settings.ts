import * as vscode from 'vscode';
import type { LintOptions, SeverityOverride } from '../core/lint';
import type { Language } from '../core/rules/types';

/** Reads the `archlens.*` settings for one document. */
export function readSettings(scope?: vscode.Uri) {
  const config = vscode.workspace.getConfiguration('archlens', scope);
  const language = config.get<'auto' | Language>('language', 'auto');
  return {
    enable: config.get<boolean>('enable', true),
    maxFileSize: config.get<number>('maxFileSize', 5 * 1024 * 1024),
    language: (language === 'auto' ? (vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en') : language) as Language,
    lintOptions: {
      overrides: config.get<Record<string, SeverityOverride>>('rules', {}),
      settings: { region: config.get<string>('region') || undefined },
      skipCfnLintOverlaps: config.get<boolean>('skipCfnLintOverlaps', false),
    } satisfies LintOptions,
  };
}

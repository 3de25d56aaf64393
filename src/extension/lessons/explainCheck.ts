import * as vscode from 'vscode';
import { localize } from '../../core/rules/format';
import { RULES } from '../../core/rules/registry';
import { readSettings } from '../settings';

export const EXPLAIN_COMMAND = 'archlens.explainCheck';

/**
 * `ArchLens: Explain Check…` opens the check's reference page (generated into
 * docs/rules/ and shipped in the .vsix) in the Markdown preview: offline, in the UI language.
 */
export function registerExplainCheck(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPLAIN_COMMAND, async (ruleId?: string) => {
      const { language } = readSettings();
      const id = typeof ruleId === 'string' ? ruleId : await pickRule(language);
      if (!id || !RULES.some((rule) => rule.meta.id === id)) return;
      const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', ...(language === 'ko' ? ['ko'] : []), `${id}.md`);
      await vscode.commands.executeCommand('markdown.showPreview', page);
    }),
  );
}

async function pickRule(language: 'en' | 'ko'): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    RULES.map((rule) => ({ label: rule.meta.id, description: rule.meta.name, detail: localize(rule.meta.description, language) })),
    { placeHolder: vscode.l10n.t('Which check should ArchLens explain?'), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.label;
}

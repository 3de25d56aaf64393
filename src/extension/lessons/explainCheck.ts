import * as vscode from 'vscode';
import { lessonMarkdown } from '../../core/rules/lesson';
import { localize } from '../../core/rules/format';
import { RULES } from '../../core/rules/registry';
import { readSettings } from '../settings';

/** `ArchLens: Explain Check…` shows a check's lesson offline, in the Markdown preview. */
export function registerExplainCheck(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('archlens.explainCheck', async (ruleId?: string) => {
      const { language } = readSettings();
      const id =
        typeof ruleId === 'string'
          ? ruleId
          : (
              await vscode.window.showQuickPick(
                RULES.map((rule) => ({ label: rule.meta.id, description: rule.meta.name, detail: localize(rule.meta.description, language) })),
                { placeHolder: vscode.l10n.t('Which check should ArchLens explain?'), matchOnDescription: true, matchOnDetail: true },
              )
            )?.label;
      const rule = RULES.find((r) => r.meta.id === id);
      if (!rule) return;
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# ${rule.meta.id} ${rule.meta.name}\n\n${lessonMarkdown(rule.meta, language)}\n` });
      await vscode.commands.executeCommand('markdown.showPreview', document.uri);
    }),
  );
}

import * as vscode from 'vscode';
import { analyzeDocument, isCandidateDocument } from '../analysisCache';
import { ignoreRuleForResource } from '../../core/edit/templateEdits';
import type { TextEdit } from '../../core/edit/textEdit';
import { locate } from '../../core/locate';
import { localize } from '../../core/rules/format';
import { RULES_BY_ID } from '../../core/rules/registry';
import { readSettings } from '../settings';
import { DIAGNOSTIC_SOURCE, toVscodeRange } from '../diagnostics/toVscode';

const SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }, { language: 'json' }, { language: 'jsonc' }];

/** Offers each finding's fixes, plus "Ignore ALxxx for this resource", as minimal edits. */
export function registerQuickFixes(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(SELECTOR, { provideCodeActions }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

function provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
  if (!isCandidateDocument(document)) return [];
  const settings = readSettings(document.uri);
  if (!settings.enable) return [];
  const analysis = analyzeDocument(document);
  const { template } = analysis;
  const actions: vscode.CodeAction[] = [];
  for (const finding of analysis.findings) {
    const rule = RULES_BY_ID.get(finding.ruleId);
    const findingRange = toVscodeRange(locate(template, finding.path).range);
    if (!rule || !findingRange.intersection(range)) continue;
    const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(findingRange) && codeOf(d) === finding.ruleId);
    finding.fixes.forEach((fix, index) => {
      const title = rule.meta.fixes?.[fix.fixId] ? localize(rule.meta.fixes[fix.fixId], settings.language) : fix.fixId;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document, fix.edits);
      action.diagnostics = diagnostics;
      action.isPreferred = index === 0;
      actions.push(action);
    });
    const resource = finding.resourceId ? template.resources.get(finding.resourceId) : undefined;
    const ignore = resource ? ignoreRuleForResource(template, resource, finding.ruleId) : undefined;
    if (resource && ignore) {
      const title = vscode.l10n.t('Ignore {0} for {1}', finding.ruleId, resource.id);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document, [ignore]);
      action.diagnostics = diagnostics;
      actions.push(action);
    }
  }
  return actions;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) {
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
  }
  return workspaceEdit;
}

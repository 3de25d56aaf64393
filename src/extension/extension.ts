import type * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics/diagnosticsProvider';
import { registerQuickFixes } from './fixes/quickFixes';
import { registerLessonHover } from './lessons/lessonHover';
import { registerExplainCheck } from './lessons/explainCheck';
import { registerDiagram } from './diagram/registerDiagram';
import { registerPatterns } from './patterns/registerPatterns';

/** Wires the features up; each one registers its own providers and commands. */
export function activate(context: vscode.ExtensionContext): void {
  registerDiagnostics(context);
  registerLessonHover(context);
  registerQuickFixes(context);
  registerExplainCheck(context);
  registerDiagram(context);
  registerPatterns(context);
}

export function deactivate(): void {
  // Everything registered lives in context.subscriptions and is disposed by VS Code.
}

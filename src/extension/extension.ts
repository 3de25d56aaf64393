import type * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics/diagnosticsProvider';
import { registerQuickFixes } from './fixes/quickFixes';
import { registerLessonHover } from './lessons/lessonHover';
import { registerExplainCheck } from './lessons/explainCheck';
import { registerDiagram } from './diagram/registerDiagram';
import { registerPatterns } from './patterns/registerPatterns';

/** What activate() hands back: how long wiring up took, for the end-to-end figures. */
export interface ArchLensApi {
  activationMs: number;
}

/** Wires the features up; each one registers its own providers and commands. */
export function activate(context: vscode.ExtensionContext): ArchLensApi {
  const started = Date.now();
  registerDiagnostics(context);
  registerLessonHover(context);
  registerQuickFixes(context);
  registerExplainCheck(context);
  registerDiagram(context);
  registerPatterns(context);
  return { activationMs: Date.now() - started };
}

export function deactivate(): void {
  // Everything registered lives in context.subscriptions and is disposed by VS Code.
}

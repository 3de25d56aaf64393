import * as vscode from 'vscode';
import { addPatternToTemplate } from './addPatternToTemplate';
import { newTemplateFromPattern, type NewFromPatternArgs } from './newFromPattern';

export const PATTERN_COMMANDS = {
  newFromPattern: 'archlens.newFromPattern',
  addPatternToTemplate: 'archlens.addPatternToTemplate',
} as const;

/** Scaffolding: the new-template wizard and add-to-template, both driven by the core patterns. */
export function registerPatterns(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(PATTERN_COMMANDS.newFromPattern, (args?: NewFromPatternArgs) => reportFailure(() => newTemplateFromPattern(args))),
    vscode.commands.registerCommand(PATTERN_COMMANDS.addPatternToTemplate, (args?: { pattern: string; options?: Record<string, string | boolean> }) =>
      reportFailure(() => addPatternToTemplate(args)),
    ),
  );
}

async function reportFailure(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    void vscode.window.showErrorMessage(`ArchLens: ${error instanceof Error ? error.message : String(error)}`);
  }
}

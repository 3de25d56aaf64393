import * as vscode from 'vscode';
import { analyzeDocument, forgetDocument, isCandidateDocument } from '../analysisCache';
import { readSettings } from '../settings';
import { toDiagnostics } from './toVscode';

const DEBOUNCE_MS = 200;

/**
 * Lints open YAML/JSON templates (saved, unsaved and untitled) as the user types.
 * Only open documents are linted: never the whole workspace at start-up.
 */
export function registerDiagnostics(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('archlens');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (document: vscode.TextDocument): void => {
    const settings = readSettings(document.uri);
    if (!settings.enable || !isCandidateDocument(document)) {
      collection.delete(document.uri);
      return;
    }
    const analysis = analyzeDocument(document);
    if (!analysis.template.isTemplate) {
      collection.delete(document.uri);
      return;
    }
    collection.set(document.uri, toDiagnostics(analysis, settings.language));
  };

  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        // The document may have closed while we waited.
        if (!document.isClosed) refresh(document);
      }, DEBOUNCE_MS),
    );
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      timers.delete(document.uri.toString());
      collection.delete(document.uri);
      forgetDocument(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('archlens')) vscode.workspace.textDocuments.forEach(refresh);
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
  vscode.workspace.textDocuments.forEach(refresh);
}

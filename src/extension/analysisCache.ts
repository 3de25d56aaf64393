import * as vscode from 'vscode';
import { buildGraph } from '../core/graph/buildGraph';
import { lintTemplate, type Analysis } from '../core/lint';
import { loadTemplate } from '../core/model/template';
import { readSettings } from './settings';

export const TEMPLATE_LANGUAGES = new Set(['yaml', 'json', 'jsonc']);

/**
 * One analysis per document version, shared by diagnostics, hovers, quick fixes and the
 * diagram, so a keystroke parses the template once; and the previous version's parse lets
 * an edit re-parse only the block it touched.
 */
const cache = new Map<string, { version: number; settingsKey: string; analysis: Analysis }>();

export function isCandidateDocument(document: vscode.TextDocument): boolean {
  return TEMPLATE_LANGUAGES.has(document.languageId) || /\.template$/i.test(document.fileName);
}

export function analyzeDocument(document: vscode.TextDocument): Analysis {
  const settings = readSettings(document.uri);
  const key = document.uri.toString();
  const settingsKey = JSON.stringify(settings);
  const cached = cache.get(key);
  if (cached && cached.version === document.version && cached.settingsKey === settingsKey) return cached.analysis;
  const template = loadTemplate(document.getText(), {
    fileName: document.fileName,
    format: document.languageId === 'yaml' ? 'yaml' : document.languageId.startsWith('json') ? 'json' : undefined,
    maxChars: settings.maxFileSize,
    previous: cached?.analysis.template.source,
  });
  const graph = buildGraph(template);
  const analysis: Analysis = { template, graph, findings: lintTemplate(template, graph, settings.lintOptions) };
  cache.set(key, { version: document.version, settingsKey, analysis });
  return analysis;
}

export function forgetDocument(uri: vscode.Uri): void {
  cache.delete(uri.toString());
}

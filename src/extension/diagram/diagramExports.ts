import * as vscode from 'vscode';
import { dataUrlBytes } from '../../shared/base64';
import type { ExportFormat } from '../../shared/diagramProtocol';
import { encodeUtf8 } from '../../shared/utf8';
import { analyzeDocument } from '../analysisCache';
import { markdownBlock, portableMermaid } from './diagramContent';
import type { DiagramPanel } from './diagramPanel';

const FILTERS: Readonly<Record<ExportFormat, Record<string, string[]>>> = {
  svg: { 'SVG image': ['svg'] },
  png: { 'PNG image': ['png'] },
};

/**
 * Saves the picture the webview drew. The save dialog is where the user confirms replacing
 * an existing file; the bytes go through `workspace.fs`, so this works on vscode.dev too.
 */
export async function saveImage(panel: DiagramPanel, format: ExportFormat): Promise<void> {
  const data = await panel.requestExport(format);
  const bytes = format === 'svg' ? encodeUtf8(data) : dataUrlBytes(data, 'image/png');
  if (!bytes || bytes.length === 0) throw new Error('the diagram view sent an empty image');
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Save Architecture Diagram as {0}', format.toUpperCase()),
    saveLabel: 'Save Diagram',
    filters: FILTERS[format],
    defaultUri: siblingUri(panel.followedDocument, `.diagram.${format}`),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved the diagram to {0}.', vscode.workspace.asRelativePath(target)));
}

/** The Mermaid source without the icon pack, ready for GitHub. */
export function mermaidFor(document: vscode.TextDocument, options: { view: 'essentials' | 'all'; direction: 'LR' | 'TB' }): string | undefined {
  return portableMermaid(analyzeDocument(document), options.view, options.direction);
}

export async function copyMermaid(mermaid: string): Promise<void> {
  await vscode.env.clipboard.writeText(mermaid);
  void vscode.window.showInformationMessage(vscode.l10n.t('Copied the Mermaid source of the diagram.'));
}

/**
 * A fenced `mermaid` block at the cursor of the Markdown file the user is working in (the
 * active one, or one that is visible), or in a new untitled Markdown file.
 */
export async function insertIntoMarkdown(mermaid: string, title: string): Promise<void> {
  const block = markdownBlock(mermaid);
  const active = vscode.window.activeTextEditor;
  const editor = active?.document.languageId === 'markdown' ? active : vscode.window.visibleTextEditors.find((candidate) => candidate.document.languageId === 'markdown');
  if (editor) {
    const position = editor.selection.active;
    const needsBreak = position.character > 0 ? '\n\n' : '';
    await editor.edit((builder) => builder.insert(position, `${needsBreak}${block}`));
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# ${title}\n\n${block}` });
  await vscode.window.showTextDocument(document);
}

function siblingUri(document: vscode.TextDocument | undefined, suffix: string): vscode.Uri | undefined {
  if (!document || document.isUntitled) return undefined;
  const name = document.uri.path.split('/').pop() ?? 'template';
  return vscode.Uri.joinPath(document.uri, '..', `${name.replace(/\.(ya?ml|json|template)$/i, '')}${suffix}`);
}

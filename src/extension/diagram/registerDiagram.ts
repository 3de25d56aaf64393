import * as vscode from 'vscode';
import { parseViewState, type PanelCommand } from '../../shared/diagramProtocol';
import { analyzeDocument, isCandidateDocument } from '../analysisCache';
import { copyMermaid, insertIntoMarkdown, mermaidFor, saveImage } from './diagramExports';
import { DiagramPanel } from './diagramPanel';

/** Context key for menus and keybindings: the active editor holds a CloudFormation/SAM template. */
export const ACTIVE_TEMPLATE_CONTEXT = 'archlens.activeEditorIsTemplate';

export const DIAGRAM_COMMANDS = {
  show: 'archlens.showDiagram',
  exportSvg: 'archlens.exportSvg',
  exportPng: 'archlens.exportPng',
  copyMermaid: 'archlens.copyMermaid',
  insertIntoMarkdown: 'archlens.insertDiagramIntoMarkdown',
} as const;

/**
 * The diagram feature: its commands, the panel serializer (so a reload brings it back),
 * and the editor events the panel follows.
 */
export function registerDiagram(context: vscode.ExtensionContext): void {
  const onPanelCommand = (command: PanelCommand) => {
    const id = { exportSvg: DIAGRAM_COMMANDS.exportSvg, exportPng: DIAGRAM_COMMANDS.exportPng, copyMermaid: DIAGRAM_COMMANDS.copyMermaid, insertMarkdown: DIAGRAM_COMMANDS.insertIntoMarkdown }[command];
    void vscode.commands.executeCommand(id);
  };
  const showPanel = () => DiagramPanel.createOrShow(context, activeTemplate(), onPanelCommand);

  context.subscriptions.push(
    vscode.commands.registerCommand(DIAGRAM_COMMANDS.show, showPanel),
    vscode.commands.registerCommand(DIAGRAM_COMMANDS.exportSvg, () => reportFailure(async () => saveImage(DiagramPanel.current ?? showPanel(), 'svg'))),
    vscode.commands.registerCommand(DIAGRAM_COMMANDS.exportPng, () => reportFailure(async () => saveImage(DiagramPanel.current ?? showPanel(), 'png'))),
    vscode.commands.registerCommand(DIAGRAM_COMMANDS.copyMermaid, () =>
      reportFailure(async () => {
        const mermaid = currentMermaid();
        if (mermaid) await copyMermaid(mermaid.text);
      }),
    ),
    vscode.commands.registerCommand(DIAGRAM_COMMANDS.insertIntoMarkdown, () =>
      reportFailure(async () => {
        const mermaid = currentMermaid();
        if (mermaid) await insertIntoMarkdown(mermaid.text, mermaid.title);
      }),
    ),
    vscode.window.registerWebviewPanelSerializer(DiagramPanel.viewType, {
      deserializeWebviewPanel: (panel, state: unknown) => DiagramPanel.revive(panel, context, parseViewState(state), onPanelCommand),
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      updateTemplateContext(editor);
      // Follow the template the user turns to; other files leave the picture as it is.
      const panel = DiagramPanel.current;
      if (panel && editor && isTemplate(editor.document) && editor.document !== panel.followedDocument) panel.follow(editor.document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && event.document === DiagramPanel.current?.followedDocument) DiagramPanel.current.scheduleUpdate();
    }),
    // A new file becomes a template as the user types its first lines; checked on save.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) updateTemplateContext(vscode.window.activeTextEditor);
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      DiagramPanel.current?.highlightAt(event.textEditor.document, event.selections[0].active);
    }),
    { dispose: () => DiagramPanel.current?.dispose() },
  );
  updateTemplateContext(vscode.window.activeTextEditor);
}

function updateTemplateContext(editor: vscode.TextEditor | undefined): void {
  void vscode.commands.executeCommand('setContext', ACTIVE_TEMPLATE_CONTEXT, !!editor && isTemplate(editor.document));
}

/** The template in the active editor, if the active editor holds one. */
function activeTemplate(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isTemplate(document) ? document : undefined;
}

function isTemplate(document: vscode.TextDocument): boolean {
  return isCandidateDocument(document) && analyzeDocument(document).template.isTemplate;
}

/** The portable Mermaid text of the template the panel follows, or of the active one. */
function currentMermaid(): { text: string; title: string } | undefined {
  const panel = DiagramPanel.current;
  const document = panel?.followedDocument ?? activeTemplate();
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a CloudFormation or SAM template to draw its diagram.'));
    return undefined;
  }
  const text = mermaidFor(document, panel?.options ?? { view: 'essentials', direction: 'LR' });
  if (!text) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The template has a syntax error; fix it to get its diagram.'));
    return undefined;
  }
  const name = document.uri.path.split('/').pop() ?? 'template';
  return { text, title: vscode.l10n.t('Architecture of {0}', name) };
}

async function reportFailure(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    void vscode.window.showErrorMessage(`ArchLens: ${error instanceof Error ? error.message : String(error)}`);
  }
}

import * as vscode from 'vscode';
import { resourceAt } from '../../core/diagram';
import type { Analysis } from '../../core/lint';
import { locate } from '../../core/locate';
import {
  DEFAULT_VIEW_STATE,
  parseWebviewMessage,
  type DiagramDirection,
  type DiagramView,
  type DiagramViewState,
  type ExportFormat,
  type ExtensionToWebview,
  type PanelCommand,
} from '../../shared/diagramProtocol';
import { analyzeDocument } from '../analysisCache';
import { readSettings } from '../settings';
import { diagramContent } from './diagramContent';
import { diagramHtml, webviewOptions } from './diagramHtml';

const UPDATE_DELAY_MS = 300;
const EXPORT_TIMEOUT_MS = 30_000;

interface PendingExport {
  resolve(data: string): void;
  reject(error: Error): void;
  timer: unknown;
}

/**
 * The architecture diagram beside the editor. One panel follows the active template: it
 * redraws as the user types (debounced), keeps the last good picture when the text breaks,
 * reveals a resource on click and highlights the resource under the cursor.
 */
export class DiagramPanel {
  static readonly viewType = 'archlens.diagram';
  static current: DiagramPanel | undefined;

  private document: vscode.TextDocument | undefined;
  private analysis: { version: number; value: Analysis } | undefined;
  private view: DiagramView;
  private direction: DiagramDirection;
  private generation = 0;
  private ready = false;
  private readonly whenReady: Array<() => void> = [];
  private rendered: Promise<void>;
  private markRendered: () => void = () => undefined;
  private updateTimer: unknown;
  private nextExportId = 1;
  private readonly pendingExports = new Map<number, PendingExport>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the panel beside the editor, following `document` when given. */
  static createOrShow(context: vscode.ExtensionContext, document: vscode.TextDocument | undefined, onCommand: (command: PanelCommand) => void): DiagramPanel {
    if (DiagramPanel.current) {
      DiagramPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      if (document) DiagramPanel.current.follow(document);
      return DiagramPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      DiagramPanel.viewType,
      'Architecture Diagram',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(context.extensionUri),
    );
    DiagramPanel.current = new DiagramPanel(panel, context, DEFAULT_VIEW_STATE, onCommand);
    if (document) DiagramPanel.current.follow(document);
    return DiagramPanel.current;
  }

  /** Brings a panel back after a reload, with the view and the template it showed. */
  static async revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, state: DiagramViewState | undefined, onCommand: (command: PanelCommand) => void): Promise<void> {
    panel.webview.options = webviewOptions(context.extensionUri);
    DiagramPanel.current?.dispose();
    const revived = new DiagramPanel(panel, context, state ?? DEFAULT_VIEW_STATE, onCommand);
    DiagramPanel.current = revived;
    if (!state?.documentUri) return;
    try {
      revived.follow(await vscode.workspace.openTextDocument(vscode.Uri.parse(state.documentUri)));
    } catch {
      revived.post({ type: 'empty', message: vscode.l10n.t('The template this diagram showed is no longer available. Open a template to draw it.') });
    }
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    state: DiagramViewState,
    private readonly onCommand: (command: PanelCommand) => void,
  ) {
    this.view = state.view;
    this.direction = state.direction;
    this.rendered = new Promise((resolve) => (this.markRendered = resolve));
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
    panel.webview.html = diagramHtml(panel.webview, context.extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
    );
  }

  get followedDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  get options(): { view: DiagramView; direction: DiagramDirection } {
    return { view: this.view, direction: this.direction };
  }

  follow(document: vscode.TextDocument): void {
    if (this.document?.uri.toString() !== document.uri.toString()) this.analysis = undefined;
    this.document = document;
    this.panel.title = `Diagram: ${fileName(document)}`;
    this.update();
  }

  /** Redraws after the user stops typing for a moment. */
  scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  update(): void {
    clearTimeout(this.updateTimer);
    const document = this.document;
    if (!document || document.isClosed) {
      this.post({ type: 'empty', message: 'Open a CloudFormation or SAM template to see its architecture diagram.' });
      return;
    }
    const analysis = analyzeDocument(document);
    this.analysis = { version: document.version, value: analysis };
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    const highlight = editor ? resourceAt(analysis.template, document.offsetAt(editor.selection.active)) : undefined;
    this.post(
      diagramContent({
        analysis,
        documentUri: document.uri.toString(),
        title: fileName(document),
        view: this.view,
        direction: this.direction,
        generation: ++this.generation,
        language: readSettings(document.uri).language,
        highlight,
      }),
    );
  }

  /** Highlights the resource at the cursor, using the analysis the picture was drawn from. */
  highlightAt(document: vscode.TextDocument, position: vscode.Position): void {
    if (document !== this.document || this.analysis?.version !== document.version) return;
    this.post({ type: 'highlight', resourceId: resourceAt(this.analysis.value.template, document.offsetAt(position)) });
  }

  /** Asks the webview for the rendered picture as SVG text or a PNG data URL. */
  async requestExport(format: ExportFormat): Promise<string> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the diagram did not finish drawing')), EXPORT_TIMEOUT_MS));
    await Promise.race([this.rendered, timeout]);
    const requestId = this.nextExportId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingExports.delete(requestId);
        reject(new Error('the diagram view did not answer'));
      }, EXPORT_TIMEOUT_MS);
      this.pendingExports.set(requestId, { resolve, reject, timer });
      this.post({ type: 'export', requestId, format });
    });
  }

  dispose(): void {
    if (DiagramPanel.current === this) DiagramPanel.current = undefined;
    clearTimeout(this.updateTimer);
    for (const pending of this.pendingExports.values()) {
      clearTimeout(pending.timer);
      pending.reject(new Error('the diagram was closed'));
    }
    this.pendingExports.clear();
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }

  private post(message: ExtensionToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.whenReady.push(() => void this.panel.webview.postMessage(message));
  }

  private onMessage(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (message.state) {
          this.view = message.state.view;
          this.direction = message.state.direction;
        }
        // Only the latest diagram matters: earlier queued ones would be dropped anyway.
        this.whenReady.splice(0);
        this.update();
        break;
      case 'options':
        this.view = message.view;
        this.direction = message.direction;
        this.update();
        break;
      case 'reveal':
        void this.reveal(message.resourceId);
        break;
      case 'rendered':
        this.markRendered();
        break;
      case 'renderFailed':
        void vscode.window.showWarningMessage(vscode.l10n.t('ArchLens could not draw the diagram: {0}', message.message));
        break;
      case 'exported':
      case 'exportFailed': {
        const pending = this.pendingExports.get(message.requestId);
        if (!pending) return;
        this.pendingExports.delete(message.requestId);
        clearTimeout(pending.timer);
        if (message.type === 'exported') pending.resolve(message.data);
        else pending.reject(new Error(message.message));
        break;
      }
      case 'command':
        this.onCommand(message.command);
        break;
    }
  }

  /** Selects the resource's logical id in the editor the template is open in. */
  private async reveal(resourceId: string): Promise<void> {
    const document = this.document;
    if (!document) return;
    const { template } = analyzeDocument(document);
    if (!template.resources.has(resourceId)) return;
    const { range } = locate(template, ['Resources', resourceId]);
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    await vscode.window.showTextDocument(document, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One, selection, preserveFocus: false });
  }
}

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

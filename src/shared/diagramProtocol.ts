/**
 * The typed messages between the diagram panel (extension) and its webview. Template text
 * never goes into the page's HTML: it crosses here, after the webview says it is ready.
 * No DOM and no vscode types, so both sides compile against it.
 */
import type { DiagramNodeDetails } from '../core/diagram/nodeDetails';

export type DiagramView = 'essentials' | 'all';
export type DiagramDirection = 'LR' | 'TB';
export type ExportFormat = 'svg' | 'png';
export type PanelCommand = 'exportSvg' | 'exportPng' | 'copyMermaid' | 'insertMarkdown';

/** What the webview keeps with `setState`, and the serializer hands back after a reload. */
export interface DiagramViewState {
  view: DiagramView;
  direction: DiagramDirection;
  zoom: number;
  panX: number;
  panY: number;
  /** The template the panel was showing. */
  documentUri?: string;
}

export const DEFAULT_VIEW_STATE: DiagramViewState = { view: 'essentials', direction: 'LR', zoom: 1, panX: 0, panY: 0 };

export interface DiagramMessage {
  type: 'diagram';
  /** Increases with every diagram sent; the webview drops renders that finish out of order. */
  generation: number;
  documentUri: string;
  /** File name for the title, shown as text. */
  title: string;
  mermaid: string;
  /** Mermaid node id → details for tooltips, search and clicks. */
  nodes: Record<string, DiagramNodeDetails>;
  /** Mermaid subgraph id → the VPC or subnet resource it stands for. */
  groups: Record<string, string>;
  view: DiagramView | 'summary';
  requestedView: DiagramView;
  direction: DiagramDirection;
  notice?: string;
  /** The resource under the editor's cursor. */
  highlight?: string;
}

export type ExtensionToWebview =
  | DiagramMessage
  /** The template does not parse: keep the last good picture and show this banner. */
  | { type: 'problem'; message: string }
  /** Nothing to draw (not a template, or no editor). */
  | { type: 'empty'; message: string }
  | { type: 'highlight'; resourceId: string | undefined }
  | { type: 'export'; requestId: number; format: ExportFormat };

export type WebviewToExtension =
  | { type: 'ready'; state?: DiagramViewState }
  | { type: 'options'; view: DiagramView; direction: DiagramDirection }
  | { type: 'reveal'; resourceId: string }
  | { type: 'rendered'; generation: number; nodeCount: number; milliseconds: number }
  | { type: 'renderFailed'; generation: number; message: string }
  | { type: 'exported'; requestId: number; format: ExportFormat; data: string }
  | { type: 'exportFailed'; requestId: number; message: string }
  | { type: 'command'; command: PanelCommand };

const VIEWS: readonly string[] = ['essentials', 'all'];
const DIRECTIONS: readonly string[] = ['LR', 'TB'];
const FORMATS: readonly string[] = ['svg', 'png'];
const COMMANDS: readonly string[] = ['exportSvg', 'exportPng', 'copyMermaid', 'insertMarkdown'];

/** Checks a message from the webview; anything malformed is dropped, never trusted. */
export function parseWebviewMessage(value: unknown): WebviewToExtension | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  const isString = (key: string) => typeof message[key] === 'string';
  const isNumber = (key: string) => typeof message[key] === 'number' && Number.isFinite(message[key]);
  switch (message.type) {
    case 'ready':
      return { type: 'ready', state: parseViewState(message.state) };
    case 'options':
      return VIEWS.includes(message.view as string) && DIRECTIONS.includes(message.direction as string)
        ? { type: 'options', view: message.view as DiagramView, direction: message.direction as DiagramDirection }
        : undefined;
    case 'reveal':
      return isString('resourceId') ? { type: 'reveal', resourceId: message.resourceId as string } : undefined;
    case 'rendered':
      return isNumber('generation') && isNumber('nodeCount') && isNumber('milliseconds')
        ? { type: 'rendered', generation: message.generation as number, nodeCount: message.nodeCount as number, milliseconds: message.milliseconds as number }
        : undefined;
    case 'renderFailed':
      return isNumber('generation') && isString('message') ? { type: 'renderFailed', generation: message.generation as number, message: message.message as string } : undefined;
    case 'exported':
      return isNumber('requestId') && FORMATS.includes(message.format as string) && isString('data')
        ? { type: 'exported', requestId: message.requestId as number, format: message.format as ExportFormat, data: message.data as string }
        : undefined;
    case 'exportFailed':
      return isNumber('requestId') && isString('message') ? { type: 'exportFailed', requestId: message.requestId as number, message: message.message as string } : undefined;
    case 'command':
      return COMMANDS.includes(message.command as string) ? { type: 'command', command: message.command as PanelCommand } : undefined;
    default:
      return undefined;
  }
}

/** A persisted view state, or undefined when it is not one (an older or foreign state). */
export function parseViewState(value: unknown): DiagramViewState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const state = value as Record<string, unknown>;
  const number = (key: string, fallback: number) => (typeof state[key] === 'number' && Number.isFinite(state[key]) ? (state[key] as number) : fallback);
  return {
    view: VIEWS.includes(state.view as string) ? (state.view as DiagramView) : DEFAULT_VIEW_STATE.view,
    direction: DIRECTIONS.includes(state.direction as string) ? (state.direction as DiagramDirection) : DEFAULT_VIEW_STATE.direction,
    zoom: Math.min(8, Math.max(0.05, number('zoom', 1))),
    panX: number('panX', 0),
    panY: number('panY', 0),
    ...(typeof state.documentUri === 'string' ? { documentUri: state.documentUri } : {}),
  };
}

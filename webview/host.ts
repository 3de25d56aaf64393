import { parseViewState, type DiagramViewState, type WebviewToExtension } from '../src/shared/diagramProtocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface Host {
  post(message: WebviewToExtension): void;
  savedState(): DiagramViewState | undefined;
  saveState(state: DiagramViewState): void;
}

/** The one handle on VS Code: `acquireVsCodeApi` may be called only once per page. */
export function connectToHost(): Host {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    savedState: () => parseViewState(api.getState()),
    saveState: (state) => api.setState(state),
  };
}

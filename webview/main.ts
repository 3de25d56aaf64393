/**
 * Entry of the diagram webview. It waits for nothing from the page's HTML: it says it is
 * ready, and the extension answers with typed messages (src/shared/diagramProtocol.ts).
 */
import './styles.css';
import type { DiagramViewState, ExtensionToWebview } from '../src/shared/diagramProtocol';
import { DEFAULT_VIEW_STATE } from '../src/shared/diagramProtocol';
import { DiagramView } from './diagramView';
import { connectToHost } from './host';
import { onThemeChange } from './theme';
import { createToolbar } from './toolbar';

const host = connectToHost();
let state: DiagramViewState = host.savedState() ?? { ...DEFAULT_VIEW_STATE };
const saveState = (changes: Partial<DiagramViewState>) => {
  state = { ...state, ...changes };
  host.saveState(state);
};

const app = document.getElementById('app') ?? document.body;
const toolbar = createToolbar({
  options(view, direction) {
    saveState({ view, direction });
    host.post({ type: 'options', view, direction });
  },
  fit: () => diagram.fit(),
  zoom: (factor) => diagram.zoom(factor),
  search: (query, next) => toolbar.setMatches(diagram.search(query, next)),
  command: (command) => host.post({ type: 'command', command }),
});
app.append(toolbar.element);
toolbar.setOptions(state.view, state.direction);

const restoredView = host.savedState() ? { zoom: state.zoom, panX: state.panX, panY: state.panY } : undefined;
const diagram = new DiagramView(
  app,
  {
    reveal: (resourceId) => host.post({ type: 'reveal', resourceId }),
    rendered: (generation, nodeCount, milliseconds) => host.post({ type: 'rendered', generation, nodeCount, milliseconds }),
    renderFailed: (generation, message) => host.post({ type: 'renderFailed', generation, message }),
    viewChanged: (view) => saveState(view),
  },
  restoredView,
);
onThemeChange(() => void diagram.onThemeChanged());

window.addEventListener('message', (event: MessageEvent<ExtensionToWebview>) => {
  const message = event.data;
  switch (message?.type) {
    case 'diagram':
      saveState({ documentUri: message.documentUri, view: message.requestedView, direction: message.direction });
      toolbar.setOptions(message.requestedView, message.direction);
      void diagram.show(message);
      break;
    case 'problem':
      diagram.showProblem(message.message);
      break;
    case 'empty':
      diagram.showEmpty(message.message);
      break;
    case 'highlight':
      diagram.highlight(message.resourceId);
      break;
    case 'export':
      diagram.export(message.format).then(
        (data) => host.post({ type: 'exported', requestId: message.requestId, format: message.format, data }),
        (error: unknown) => host.post({ type: 'exportFailed', requestId: message.requestId, message: error instanceof Error ? error.message : String(error) }),
      );
      break;
  }
});

host.post({ type: 'ready', state });

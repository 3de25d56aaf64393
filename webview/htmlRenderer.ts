/**
 * Entry of the renderer embedded in `archlens diagram --format html` pages: Mermaid and the
 * AWS icon subset, offline. It also serves the render tests through `window.archlensRender`.
 */
import { STANDALONE_DATA_ID, STANDALONE_ROOT_ID, type StandaloneDiagramData } from '../src/core/diagram/htmlPage';
import { configureMermaid, renderMermaid } from './render/mermaidRenderer';
import { decorateNodes } from './render/decorate';
import { PanZoom } from './render/panZoom';
import { mermaidNodeIdFromDomId } from '../src/shared/mermaidConfig';

declare global {
  interface Window {
    /** Renders Mermaid text into a detached element: used by test/render. */
    archlensRender?: (text: string) => Promise<{ svg: string; nodeCount: number; milliseconds: number }>;
  }
}

const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
configureMermaid(prefersDark ? 'dark' : 'default', {});

window.archlensRender = async (text) => {
  const started = performance.now();
  const svg = await renderMermaid(text);
  const holder = document.createElement('div');
  holder.innerHTML = svg;
  const nodeCount = [...holder.querySelectorAll('g[id*="-flowchart-"]')].filter((element) => mermaidNodeIdFromDomId(element.id)).length;
  return { svg, nodeCount, milliseconds: performance.now() - started };
};

void renderPage();

async function renderPage(): Promise<void> {
  const root = document.getElementById(STANDALONE_ROOT_ID);
  const dataElement = document.getElementById(STANDALONE_DATA_ID);
  if (!root || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as StandaloneDiagramData;
  if (data.notice) {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.textContent = data.notice;
    root.before(notice);
  }
  try {
    const svgText = await renderMermaid(data.mermaid);
    const canvas = document.createElement('div');
    canvas.style.transformOrigin = '0 0';
    canvas.innerHTML = svgText;
    root.textContent = '';
    root.style.overflow = 'hidden';
    root.style.height = 'calc(100vh - 60px)';
    root.append(canvas);
    const svg = canvas.querySelector('svg');
    if (svg) decorateNodes(svg, data.nodes);
    const panZoom = new PanZoom(root, canvas, () => undefined);
    panZoom.fit();
  } catch (error) {
    root.textContent = '';
    const message = document.createElement('p');
    message.className = 'error';
    message.textContent = `The diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    root.append(message);
  } finally {
    root.removeAttribute('aria-busy');
  }
}

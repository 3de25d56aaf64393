import type { MermaidDiagram } from './mermaid';
import { nodeDetails, type DiagramNodeDetails } from './nodeDetails';
import type { DiagramModel } from './types';

/** The data the standalone page's renderer reads from its `application/json` block. */
export interface StandaloneDiagramData {
  title: string;
  mermaid: string;
  nodes: Record<string, DiagramNodeDetails>;
  notice?: string;
}

export const STANDALONE_DATA_ID = 'archlens-diagram-data';
export const STANDALONE_ROOT_ID = 'archlens-diagram';

export interface DiagramPageInput {
  title: string;
  model: DiagramModel;
  diagram: MermaidDiagram;
  /** The browser renderer bundle (Mermaid and the icon subset included). */
  rendererScript: string;
  /** CSP source for an inline script, e.g. `sha256-…`. */
  scriptHash: (script: string) => string;
}

/**
 * One self-contained offline HTML page. Template text only ever enters it as JSON inside a
 * non-executable data block (with `<` escaped) or as escaped text, and a CSP that allows only
 * the hash of the renderer script keeps anything else from running.
 */
export function diagramPageHtml(input: DiagramPageInput): string {
  const data: StandaloneDiagramData = {
    title: input.title,
    mermaid: input.diagram.text,
    nodes: nodeDetails(input.model, input.diagram),
    ...(input.model.notice ? { notice: input.model.notice } : {}),
  };
  const script = input.rendererScript.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const csp = [`default-src 'none'`, `script-src '${input.scriptHash(script)}'`, `style-src 'unsafe-inline'`, `img-src data:`, `font-src data:`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ArchLens">
<title>${escapeHtml(input.title)} · ArchLens architecture diagram</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(input.title)}</h1><p class="view">${escapeHtml(viewLabel(input.model))}</p></header>
<main id="${STANDALONE_ROOT_ID}" aria-busy="true">Rendering the diagram…</main>
<script type="application/json" id="${STANDALONE_DATA_ID}">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

function viewLabel(model: DiagramModel): string {
  return model.view === 'summary' ? 'Per-service summary' : model.view === 'all' ? 'All resources' : 'Essentials';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that cannot end its `<script>` block or open a comment in it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const PAGE_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --border: #d1d9e0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --border: #3d444d; } }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; gap: 1em; align-items: baseline; padding: 8px 16px; border-bottom: 1px solid var(--border); }
h1 { font-size: 16px; margin: 0; }
.view { color: var(--muted); margin: 0; }
.notice, .error { margin: 8px 16px; padding: 6px 10px; border-left: 3px solid #CCA700; }
.error { border-color: #F14C4C; white-space: pre-wrap; }
main { padding: 16px; overflow: auto; }
main svg { max-width: none !important; height: auto; }
`;

import type { DiagramMessage, ExportFormat } from '../src/shared/diagramProtocol';
import { decorateGroups, decorateNodes, type DecoratedNode } from './render/decorate';
import { pngDataUrl, svgForExport } from './render/exportImage';
import { configureMermaid, renderMermaid } from './render/mermaidRenderer';
import { PanZoom, type PanZoomState } from './render/panZoom';
import { currentTheme } from './theme';

export interface DiagramViewEvents {
  reveal(resourceId: string): void;
  rendered(generation: number, nodeCount: number, milliseconds: number): void;
  renderFailed(generation: number, message: string): void;
  viewChanged(state: PanZoomState): void;
}

/**
 * The picture: renders diagrams as they arrive (dropping stale ones), keeps the last good
 * SVG when a render or the template fails, and handles clicks, highlight, search and export.
 */
export class DiagramView {
  private readonly banner = element('div', 'banner');
  private readonly notice = element('div', 'notice');
  private readonly viewport = element('div', 'viewport');
  private readonly canvas = element('div', 'canvas');
  private readonly panZoom: PanZoom;
  private latestGeneration = 0;
  private nodes: DecoratedNode[] = [];
  private lastDiagram: DiagramMessage | undefined;
  private highlighted: string | undefined;
  private searchIndex = -1;
  private themeKey = '';
  private firstRender = true;

  constructor(
    root: HTMLElement,
    private readonly events: DiagramViewEvents,
    initialView: PanZoomState | undefined,
  ) {
    this.banner.setAttribute('role', 'alert');
    this.banner.hidden = true;
    this.notice.hidden = true;
    this.viewport.append(this.canvas);
    root.append(this.banner, this.notice, this.viewport);
    this.panZoom = new PanZoom(this.viewport, this.canvas, (state) => events.viewChanged(state));
    if (initialView) {
      this.panZoom.set(initialView);
      this.firstRender = false;
    }
    this.canvas.addEventListener('click', (event) => this.onClick(event));
    this.canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.onClick(event);
    });
    this.applyTheme();
  }

  get panZoomState(): PanZoomState {
    return this.panZoom.current;
  }

  get hasPicture(): boolean {
    return this.canvas.querySelector('svg') !== null;
  }

  async show(message: DiagramMessage): Promise<void> {
    this.latestGeneration = message.generation;
    this.lastDiagram = message;
    this.applyTheme();
    const started = performance.now();
    let svgText: string;
    try {
      svgText = await renderMermaid(message.mermaid);
    } catch (error) {
      if (message.generation !== this.latestGeneration) return;
      const text = error instanceof Error ? error.message : String(error);
      this.showProblem(`The diagram could not be drawn: ${text}`);
      this.events.renderFailed(message.generation, text);
      return;
    }
    // A newer diagram arrived while this one rendered: its picture is already stale.
    if (message.generation !== this.latestGeneration) return;
    this.canvas.innerHTML = svgText;
    const svg = this.canvas.querySelector('svg');
    this.nodes = svg ? decorateNodes(svg, message.nodes) : [];
    if (svg) decorateGroups(svg, message.groups);
    this.banner.hidden = true;
    this.notice.hidden = !message.notice;
    this.notice.textContent = message.notice ?? '';
    this.highlight(message.highlight);
    if (this.firstRender) {
      this.firstRender = false;
      this.panZoom.fit();
    }
    this.events.rendered(message.generation, this.nodes.length, performance.now() - started);
  }

  /** Keeps the last good picture and says what is wrong above it. */
  showProblem(message: string): void {
    this.banner.textContent = this.hasPicture ? `${message} (showing the last good diagram)` : message;
    this.banner.hidden = false;
  }

  showEmpty(message: string): void {
    this.canvas.textContent = '';
    this.nodes = [];
    this.lastDiagram = undefined;
    this.banner.hidden = true;
    this.notice.hidden = false;
    this.notice.textContent = message;
  }

  highlight(resourceId: string | undefined): void {
    this.highlighted = resourceId;
    for (const node of this.nodes) {
      const match = resourceId !== undefined && (node.details.id === resourceId || node.details.folded.includes(resourceId));
      node.element.classList.toggle('archlens-highlight', match);
      if (match) this.panZoom.reveal(node.element);
    }
  }

  /** Marks nodes whose id or type contains the query; `next` moves to the following match. */
  search(query: string, next: boolean): string {
    const needle = query.trim().toLowerCase();
    const matches: DecoratedNode[] = [];
    for (const node of this.nodes) {
      const hit = needle !== '' && `${node.details.id} ${node.details.typeLabel} ${node.details.folded.join(' ')}`.toLowerCase().includes(needle);
      node.element.classList.toggle('archlens-match', hit);
      node.element.classList.toggle('archlens-dimmed', needle !== '' && !hit);
      if (hit) matches.push(node);
    }
    if (matches.length === 0) return needle ? 'No match' : '';
    this.searchIndex = next ? (this.searchIndex + 1) % matches.length : 0;
    this.panZoom.reveal(matches[this.searchIndex].element);
    return `${this.searchIndex + 1} of ${matches.length}`;
  }

  fit(): void {
    this.panZoom.fit();
  }

  zoom(factor: number): void {
    this.panZoom.zoomBy(factor);
  }

  async export(format: ExportFormat): Promise<string> {
    const svg = this.canvas.querySelector('svg');
    if (!svg) throw new Error('there is no diagram to export yet');
    const { text, width, height } = svgForExport(svg, currentTheme().background);
    return format === 'svg' ? text : pngDataUrl(text, width, height);
  }

  /** Re-renders the current diagram when VS Code's theme changed. */
  async onThemeChanged(): Promise<void> {
    if (this.applyTheme() && this.lastDiagram) await this.show({ ...this.lastDiagram, highlight: this.highlighted });
  }

  private applyTheme(): boolean {
    const theme = currentTheme();
    if (theme.key === this.themeKey) return false;
    this.themeKey = theme.key;
    configureMermaid(theme.name, theme.variables, theme.fontFamily);
    return true;
  }

  private onClick(event: Event): void {
    const target = event.target as Element;
    const node = target.closest<SVGGElement>('[data-archlens-node]');
    const details = node ? this.nodes.find((candidate) => candidate.element === node)?.details : undefined;
    if (details?.revealable) this.events.reveal(details.id);
    // Only a box's title reveals its VPC or subnet: its body is where the user drags to pan.
    const group = node ? null : target.closest('.cluster-label')?.closest<SVGGElement>('[data-archlens-group]');
    if (group?.dataset.archlensGroup) this.events.reveal(group.dataset.archlensGroup);
  }
}

function element(tag: string, className: string): HTMLElement {
  const created = document.createElement(tag);
  created.className = className;
  return created;
}

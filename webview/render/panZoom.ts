export interface PanZoomState {
  zoom: number;
  panX: number;
  panY: number;
}

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 8;

/**
 * Zoom and pan by CSS transform on the element that holds the SVG: the wheel zooms around
 * the pointer, dragging the background pans, and the state survives re-renders and reloads.
 */
export class PanZoom {
  private state: PanZoomState = { zoom: 1, panX: 0, panY: 0 };
  private drag: { x: number; y: number; panX: number; panY: number } | undefined;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly onChange: (state: PanZoomState) => void,
  ) {
    viewport.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    viewport.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    viewport.addEventListener('pointermove', (event) => this.onPointerMove(event));
    viewport.addEventListener('pointerup', () => (this.drag = undefined));
    viewport.addEventListener('pointercancel', () => (this.drag = undefined));
  }

  get current(): PanZoomState {
    return { ...this.state };
  }

  set(state: PanZoomState): void {
    this.state = { zoom: clamp(state.zoom), panX: state.panX, panY: state.panY };
    this.apply();
  }

  /** Zooms by `factor` around a point of the viewport (its centre by default). */
  zoomBy(factor: number, x = this.viewport.clientWidth / 2, y = this.viewport.clientHeight / 2): void {
    const zoom = clamp(this.state.zoom * factor);
    const ratio = zoom / this.state.zoom;
    this.set({ zoom, panX: x - (x - this.state.panX) * ratio, panY: y - (y - this.state.panY) * ratio });
  }

  /** Scales the picture to fit the viewport, never above 100 %. */
  fit(): void {
    const width = this.canvas.scrollWidth;
    const height = this.canvas.scrollHeight;
    if (!width || !height) return;
    const margin = 16;
    const zoom = clamp(Math.min(1, (this.viewport.clientWidth - 2 * margin) / width, (this.viewport.clientHeight - 2 * margin) / height));
    this.set({ zoom, panX: (this.viewport.clientWidth - width * zoom) / 2, panY: Math.max(margin, (this.viewport.clientHeight - height * zoom) / 2) });
  }

  /** Pans so the element is in view, keeping the zoom. */
  reveal(element: Element): void {
    const box = element.getBoundingClientRect();
    const view = this.viewport.getBoundingClientRect();
    if (box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom) return;
    this.set({
      zoom: this.state.zoom,
      panX: this.state.panX + (view.left + view.width / 2) - (box.left + box.width / 2),
      panY: this.state.panY + (view.top + view.height / 2) - (box.top + box.height / 2),
    });
  }

  private apply(): void {
    this.canvas.style.transform = `translate(${this.state.panX}px, ${this.state.panY}px) scale(${this.state.zoom})`;
    this.onChange(this.current);
  }

  private onWheel(event: WheelEvent): void {
    event.preventDefault();
    const view = this.viewport.getBoundingClientRect();
    if (event.ctrlKey || event.metaKey || !event.shiftKey) this.zoomBy(Math.exp(-event.deltaY / 400), event.clientX - view.left, event.clientY - view.top);
    else this.set({ ...this.state, panX: this.state.panX - event.deltaY });
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || (event.target as Element).closest('[data-archlens-node]')) return;
    this.drag = { x: event.clientX, y: event.clientY, panX: this.state.panX, panY: this.state.panY };
    this.viewport.setPointerCapture(event.pointerId);
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.drag) return;
    this.set({ zoom: this.state.zoom, panX: this.drag.panX + event.clientX - this.drag.x, panY: this.drag.panY + event.clientY - this.drag.y });
  }
}

function clamp(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(zoom) ? zoom : 1));
}

/**
 * Standalone copies of the rendered diagram: an SVG file with its own background and no
 * ArchLens highlight, and a PNG drawn from it on a canvas.
 */
export function svgForExport(svg: SVGSVGElement, background: string): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.archlens-highlight, .archlens-match, .archlens-dimmed').forEach((element) => {
    element.classList.remove('archlens-highlight', 'archlens-match', 'archlens-dimmed');
  });
  copy.querySelectorAll('[tabindex]').forEach((element) => element.removeAttribute('tabindex'));
  const box = svg.viewBox.baseVal;
  const width = Math.ceil(box && box.width ? box.width : svg.getBBox().width);
  const height = Math.ceil(box && box.height ? box.height : svg.getBBox().height);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.style.removeProperty('max-width');
  const backdrop = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  backdrop.setAttribute('x', String(box?.x ?? 0));
  backdrop.setAttribute('y', String(box?.y ?? 0));
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  copy.insertBefore(backdrop, copy.firstChild);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`, width, height };
}

/** A PNG data URL at `scale`× the diagram's size, capped so the canvas stays drawable. */
export async function pngDataUrl(svgText: string, width: number, height: number, scale = 2): Promise<string> {
  const maxSide = 16_000;
  const factor = Math.min(scale, maxSide / Math.max(width, 1), maxSide / Math.max(height, 1));
  const image = new Image();
  image.decoding = 'sync';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the diagram could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * factor));
  canvas.height = Math.max(1, Math.round(height * factor));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas available');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

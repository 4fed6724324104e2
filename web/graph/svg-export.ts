/**
 * The graph as a picture file: the live SVG cloned with its computed styles written out as presentation
 * attributes (so the file looks the same without the page's stylesheet), the view fitted to the drawing,
 * rings and click areas left out, labels optionally redacted; and a PNG drawn from that SVG on a canvas.
 */
import { redactText } from '../../src/engine/redact.js';

const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
  'visibility',
] as const;

const DROP = '.rings, .edge-hits, .link-draft';
const PAD = 16;

/** A standalone SVG document of the graph drawn in `svg`, with its size. */
export function graphSvg(
  svg: SVGSVGElement,
  opts: { redact: boolean },
): { text: string; width: number; height: number } {
  const viewport = svg.querySelector<SVGGElement>('g.viewport');
  const box = viewport?.getBBox() ?? { x: 0, y: 0, width: 100, height: 100 };
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Copy computed styles element by element: the clone has the same structure as the original.
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((orig, i) => {
    const copy = copies[i]!;
    const cs = getComputedStyle(orig);
    if (cs.display === 'none') {
      copy.setAttribute('data-drop', '');
      return;
    }
    if (orig.closest('defs')) return;
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) copy.setAttribute(p, v);
    }
    copy.removeAttribute('tabindex');
    copy.removeAttribute('role');
  });
  for (const el of clone.querySelectorAll(`${DROP}, [data-drop]`)) el.remove();
  if (opts.redact)
    for (const el of clone.querySelectorAll('text, title')) el.textContent = redactText(el.textContent ?? '');
  const width = Math.ceil(box.width + 2 * PAD);
  const height = Math.ceil(box.height + 2 * PAD);
  clone.querySelector('g.viewport')?.removeAttribute('transform');
  clone.setAttribute('viewBox', `${box.x - PAD} ${box.y - PAD} ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('x', String(box.x - PAD));
  bg.setAttribute('y', String(box.y - PAD));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', '#ffffff');
  clone.querySelector('defs')?.after(bg);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** The SVG drawn on a canvas at `scale`, as a PNG. */
export async function svgToPng(text: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d canvas');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

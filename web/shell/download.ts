/** Offering a file to the person as a download (an object URL on a temporary link, revoked afterwards). */
import { h } from './dom.js';

/** Downloads `body` as `filename`. */
export function download(filename: string, type: string, body: Blob | string): void {
  const blob = typeof body === 'string' ? new Blob([body], { type }) : body;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

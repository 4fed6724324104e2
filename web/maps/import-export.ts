/**
 * The import / export dialog: import a JSON map (through the page's file input: checked first, nothing
 * replaced unless it is valid), and export the map as JSON, DOT, GraphML or Mermaid (by the server: its
 * stored-map route when the store has the page's version, else POST /api/v1/export; in the page itself when
 * there is no server), the graph as SVG or PNG and the risk report as Markdown (drawn by the engine); any of
 * them rendered from the redacted map.
 */
import { type ExportFormat, exportMap } from '../../src/engine/export.js';
import { redactMap } from '../../src/engine/redact.js';
import { riskMarkdown } from '../../src/engine/risk-markdown.js';
import { mapSvg } from '../../src/engine/svg.js';
import type { BindingMap, Risk } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { svgToPng } from '../graph/svg-export.js';
import type { ApiClient, ExportedFile } from '../shell/api-client.js';
import { openDialog } from '../shell/dialog.js';
import { h } from '../shell/dom.js';
import { download } from '../shell/download.js';

export interface IoProps {
  lang: Lang;
  api: ApiClient | null;
  map(): BindingMap;
  /** The stored map's id when the store has exactly the page's document (after saving what waits). */
  savedId(): Promise<string | null>;
  computeRisk(map: BindingMap): Promise<Risk | 'unavailable'>;
  /** A file was chosen to import (the dialog closes; the page checks it and says what it found). */
  onImport(file: File): void;
  /** Opens the password-manager import (web/import/). */
  onPasswordImport(): void;
}

/** The file of a map export, made by the server when there is one. */
async function mapFile(props: IoProps, format: ExportFormat, redact: boolean): Promise<ExportedFile> {
  if (!props.api) {
    const f = exportMap(props.map(), format, { redact });
    return { filename: f.filename, type: f.contentType, text: f.body };
  }
  const id = await props.savedId();
  return id !== null
    ? props.api.exportStored(id, format, redact)
    : props.api.exportMap(props.map(), format, redact);
}

/** Opens the dialog. */
export function openImportExport(props: IoProps): void {
  const t = text(props.lang).web;
  const pw = text(props.lang).imports.page;
  const redact = h('input', { type: 'checkbox', id: 'export-redact' });
  const status = h('p', { class: 'io-status', role: 'status' });
  const run = (f: () => Promise<void>) => async () => {
    status.textContent = '';
    try {
      await f();
    } catch {
      status.textContent = t.exportFailed;
    }
  };
  const mapExport = (format: ExportFormat) =>
    run(async () => {
      const f = await mapFile(props, format, redact.checked);
      download(f.filename, f.type, f.text);
    });
  // The picture and the report are drawn by the engine from the (redacted) map, like the CLI's.
  const shown = () => (redact.checked ? redactMap(props.map()) : props.map());
  const picture = (png: boolean) =>
    run(async () => {
      const map = shown();
      if (map.accounts.length === 0) {
        status.textContent = t.exportNoGraph;
        return;
      }
      const { svg, width, height } = mapSvg(map);
      if (png) download('banradius-graph.png', 'image/png', await svgToPng(svg, width, height));
      else download('banradius-graph.svg', 'image/svg+xml', svg);
    });
  const report = run(async () => {
    const map = shown();
    const risk = await props.computeRisk(map);
    if (risk === 'unavailable') throw new Error('risk unavailable');
    download('banradius-risk.md', 'text/markdown; charset=utf-8', riskMarkdown(map, risk, props.lang));
  });
  // The format's name (the same in every language) is code beside the words.
  const button = (id: string, label: string, format: string, onclick: () => void) =>
    h('button', { type: 'button', id, class: 'export-button', onclick }, label, ' ', h('code', {}, format));
  const file = h('input', {
    type: 'file',
    id: 'io-file-input',
    class: 'visually-hidden file-input',
    accept: '.json,application/json',
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    dialog.close();
    props.onImport(chosen);
  });
  const dialog = openDialog({
    id: 'io-dialog',
    title: t.ioTitle,
    closeLabel: t.close,
    body: [
      h(
        'section',
        { class: 'io-section' },
        h('h3', {}, t.importHeading),
        h('p', { class: 'hint' }, t.importHint),
        file,
        h('label', { for: 'io-file-input', class: 'button', id: 'import-button' }, t.importButton),
      ),
      h(
        'section',
        { class: 'io-section' },
        h('h3', {}, pw.title),
        h('p', { class: 'hint' }, pw.openHint),
        h(
          'button',
          {
            type: 'button',
            id: 'pw-import-open',
            onclick: () => {
              dialog.close();
              props.onPasswordImport();
            },
          },
          pw.open,
        ),
      ),
      h(
        'section',
        { class: 'io-section' },
        h('h3', {}, t.exportHeading),
        h('label', { class: 'cap-choice redact-choice' }, redact, t.exportRedact),
        h(
          'div',
          { class: 'export-buttons' },
          button('export-json', t.exportJson, 'JSON', mapExport('json')),
          button('export-dot', t.exportDot, 'Graphviz DOT', mapExport('dot')),
          button('export-graphml', t.exportGraphml, 'GraphML', mapExport('graphml')),
          button('export-mermaid', t.exportMermaid, 'Mermaid', mapExport('mermaid')),
          button('export-svg', t.exportSvg, 'SVG', picture(false)),
          button('export-png', t.exportPng, 'PNG', picture(true)),
          button('export-risk', t.exportRisk, 'Markdown', report),
        ),
        status,
      ),
    ],
  });
}

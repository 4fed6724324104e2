/**
 * The banner above the graph: for the example, what it is (a real case) with a replay of what happened and a
 * way to start an empty map; for any other map, how many accounts it has and where it comes from, and when it
 * is the person's copy of the example, a note that says so.
 */
import type { BindingMap } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { type Children, dataText, h } from '../shell/dom.js';

/** Where the open map comes from. */
export type Source =
  | { kind: 'example' }
  | { kind: 'empty' }
  | { kind: 'file'; name: string }
  | { kind: 'stored'; id: string };

export interface BannerProps {
  map: BindingMap;
  lang: Lang;
  source: Source;
  /** The map is the person's copy of the example. */
  fromExample: boolean;
  onReplay(scenarioId: string): void;
  onNewEmpty(): void;
}

/** The banner's content. */
export function mapBanner(props: BannerProps): Children {
  const t = text(props.lang).web;
  const { map, source } = props;
  if (source.kind === 'example') {
    const sc = map.scenarios?.[0];
    return [
      h(
        'div',
        { class: 'banner-text' },
        h('p', { class: 'banner-title' }, t.exampleBanner),
        h('p', { class: 'banner-story' }, t.exampleStory),
        h('p', { class: 'banner-try' }, t.exampleTry),
      ),
      h(
        'div',
        { class: 'banner-actions' },
        sc
          ? h(
              'button',
              { type: 'button', class: 'primary', id: 'replay', onclick: () => props.onReplay(sc.id) },
              t.replay(''),
              dataText(sc.label),
            )
          : null,
        h('button', { type: 'button', onclick: props.onNewEmpty }, t.newEmpty),
      ),
    ];
  }
  const from =
    source.kind === 'file'
      ? [t.fileMap(''), dataText(source.name)]
      : source.kind === 'stored'
        ? t.storedMap
        : '';
  return [
    h('p', { class: 'map-meta' }, t.accountsCount(map.accounts.length), from ? ' · ' : '', from),
    props.fromExample
      ? h('p', { class: 'copy-note', id: 'copy-note' }, t.exampleCopied(map.title ?? ''))
      : null,
  ];
}

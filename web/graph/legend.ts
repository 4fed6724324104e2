/**
 * The legend of the graph (kinds by colour and shape, statuses by colour, pattern and icon, AND/OR links,
 * unreachable accounts) and the small status chips and kind icons reused by the panel and the table.
 */
import { symbol } from 'd3-shape';
import type { Kind, Status } from '../../src/model/index.js';
import { KINDS } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { h, s } from '../shell/dom.js';
import { KIND_LOOK, STATUS_LOOK, STATUS_ORDER, TAKEOVER_LOOK } from './palette.js';

/** A small SVG of a kind's shape in its colour. */
export function kindIcon(kind: Kind, size = 16): SVGSVGElement {
  const look = KIND_LOOK[kind];
  const area = (size * size) / 2.4;
  return s(
    'svg',
    {
      class: 'kind-icon',
      width: size,
      height: size,
      viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`,
      'aria-hidden': 'true',
    },
    s('path', { d: symbol(look.symbol, area)() ?? '', fill: look.color, stroke: '#fff', 'stroke-width': 1 }),
  );
}

/** A status as a chip: its icon and its name, coloured and patterned like the graph. */
export function statusChip(status: Status, lang: Lang): HTMLElement {
  const look = STATUS_LOOK[status];
  return h(
    'span',
    { class: `status-chip status-${status}` },
    look.icon ? h('span', { class: 'status-icon', 'aria-hidden': 'true' }, look.icon) : null,
    text(lang).status[status],
  );
}

function statusSwatch(status: Status): SVGSVGElement {
  const look = STATUS_LOOK[status];
  return s(
    'svg',
    { class: 'swatch', width: 18, height: 18, viewBox: '-9 -9 18 18', 'aria-hidden': 'true' },
    s('circle', {
      r: 7.5,
      fill: status === 'unreachable' ? '#fff' : look.fill.startsWith('url') ? look.color : look.fill,
      stroke: status === 'unreachable' ? '#555' : look.color,
      'stroke-width': 1.5,
      'stroke-dasharray': status === 'unreachable' ? '3 2' : null,
      class: `swatch-${status}`,
    }),
  );
}

/** The legend's takeover group: held and taken in purple with a dotted outline (web/takeover). */
function takeoverGroup(lang: Lang): HTMLElement {
  const t = text(lang).takeover;
  return h(
    'div',
    { class: 'legend-group' },
    h('h3', {}, t.panel.legendTitle),
    h(
      'ul',
      {},
      (['held', 'taken'] as const).map((st) =>
        h(
          'li',
          {},
          s(
            'svg',
            { class: 'swatch', width: 18, height: 18, viewBox: '-9 -9 18 18', 'aria-hidden': 'true' },
            s('circle', {
              r: 7.5,
              fill: TAKEOVER_LOOK[st].fill,
              stroke: TAKEOVER_LOOK[st].color,
              'stroke-width': 2,
              'stroke-dasharray': '1.5 2',
            }),
          ),
          h('span', { class: 'legend-icon', 'aria-hidden': 'true' }, TAKEOVER_LOOK[st].icon),
          t.status[st],
        ),
      ),
    ),
  );
}

/** The legend panel of the graph view. */
export function legend(lang: Lang): HTMLElement {
  const t = text(lang).web;
  const junction = s(
    'svg',
    { class: 'swatch-wide', width: 54, height: 22, viewBox: '0 0 54 22', 'aria-hidden': 'true' },
    s('path', { d: 'M2,3C14,3 14,11 26,11M2,19C14,19 14,11 26,11M26,11L46,11', class: 'legend-edge' }),
    s('circle', { cx: 26, cy: 11, r: 4, class: 'junction' }),
    s('path', { d: 'M45,7L52,11L45,15Z', class: 'arrow' }),
  );
  const or = s(
    'svg',
    { class: 'swatch-wide', width: 54, height: 22, viewBox: '0 0 54 22', 'aria-hidden': 'true' },
    s('path', { d: 'M2,3C26,3 26,8 46,9M2,19C26,19 26,13 46,13', class: 'legend-edge' }),
    s('path', { d: 'M45,6L52,9L45,12Z', class: 'arrow' }),
  );
  const capway = s(
    'svg',
    { class: 'swatch-wide', width: 54, height: 22, viewBox: '0 0 54 22', 'aria-hidden': 'true' },
    s('path', { d: 'M2,11L46,11', class: 'legend-edge capway' }),
    s('path', { d: 'M45,7L52,11L45,15Z', class: 'arrow' }),
  );
  return h(
    'details',
    { class: 'legend', open: true },
    h('summary', {}, t.legend),
    h(
      'div',
      { class: 'legend-body' },
      h(
        'div',
        { class: 'legend-group legend-kinds' },
        h('h3', {}, t.legendKinds),
        h(
          'ul',
          {},
          KINDS.map((k) => h('li', {}, kindIcon(k), t.kinds[k])),
        ),
      ),
      h(
        'div',
        { class: 'legend-group' },
        h('h3', {}, t.legendStatus),
        h(
          'ul',
          {},
          STATUS_ORDER.filter((st) => st !== 'unreachable').map((st) =>
            h(
              'li',
              {},
              statusSwatch(st),
              h('span', { class: 'legend-icon', 'aria-hidden': 'true' }, STATUS_LOOK[st].icon),
              h('span', { title: t.statusHelp[st] }, text(lang).status[st]),
            ),
          ),
          h(
            'li',
            {},
            statusSwatch('unreachable'),
            h('span', { class: 'legend-icon' }, '⚠'),
            t.legendUnreachable,
          ),
        ),
      ),
      h(
        'div',
        { class: 'legend-group' },
        h('h3', {}, t.legendLinks),
        h(
          'ul',
          {},
          h('li', {}, junction, t.legendAnd),
          h('li', {}, or, t.legendOr),
          h('li', {}, capway, t.legendCapWay),
        ),
      ),
      takeoverGroup(lang),
    ),
  );
}

/** @module The graph and its legend. */

import { countOf } from '../../format.js';
import type { WebGraphText } from '../../zh/web/graph.js';
import { ACCOUNTS } from './words.js';

export const graph: WebGraphText = {
  legend: 'Legend',
  legendKinds: 'Kinds',
  legendStatus: 'After a ban',
  legendLinks: 'Links',
  legendAnd: 'Junction dot: all needed (AND)',
  legendOr: 'Separate arrows: any one way (OR)',
  legendCapWay: 'Dashed: extra condition for one capability',
  legendUnreachable: 'Dashed outline: locked out before any ban (check the map)',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit to window',
  graphLabel: 'Graph of which account depends on which',
  graphHelp: 'Drag to pan, scroll to zoom; or Tab to an account and press Enter to open its ban panel.',
  groupLabel: (anchor: string, n: number) => `${anchor} → ${countOf(n, 'en', ACCOUNTS)}`,
  nodeAria: (label: string, kind: string, status: string | null) =>
    status ? `${label}, ${kind}, ${status}` : `${label}, ${kind}`,
  unreachableShort: 'locked out before any ban',
};

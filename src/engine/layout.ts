/**
 * A layered layout for the dependency graph, pure and deterministic: roots in layer 0 on the left, every other
 * account one layer right of the deepest account it needs (longest path over requirements that work at
 * baseline, cycles of mutual recovery broken at their back edge), ordered inside a layer by the barycentre of
 * its neighbours so edges cross less, then spread vertically around the accounts they hang off.
 */

export interface LayoutInput {
  /** Account ids, in the map's order (used to break ties, so the layout is stable). */
  ids: readonly string[];
  /** For each account, the distinct accounts it requires (any way), in a stable order. */
  requires: ReadonlyMap<string, readonly string[]>;
  /** For each account, the required accounts whose requirement is available at baseline (a subset). */
  requiresAvailable: ReadonlyMap<string, readonly string[]>;
}

export interface LayoutOptions {
  /** Horizontal room for edges between the widest label of a layer and the next layer, in px. Default 120. */
  layerGap?: number;
  /** Width each account's drawing needs right of its centre (its label), in px. Default 0 for all. */
  widthOf?: (id: string) => number;
  /** Minimum vertical distance between two accounts of one layer, in px. Default 31. */
  rowGap?: number;
  /** Barycentre sweeps (each one down and one up). Default 4. */
  sweeps?: number;
}

export interface Placed {
  x: number;
  y: number;
  layer: number;
}

/**
 * Depth of each account: 0 for accounts needing none, else 1 + the deepest account needed. Cycles are broken
 * where a depth-first walk from the roots along "is needed by" edges comes back to an account on its path,
 * so in a mutual-recovery cycle the account reached first from a root stays left of the other.
 */
export function depths(input: LayoutInput): Map<string, number> {
  const known = new Set(input.ids);
  const needs = new Map<string, string[]>();
  for (const id of input.ids) {
    const avail = input.requiresAvailable.get(id) ?? [];
    // An account that works only through unavailable requirements still belongs right of what it needs.
    const list = avail.length > 0 ? avail : (input.requires.get(id) ?? []);
    needs.set(
      id,
      list.filter((r) => known.has(r) && r !== id),
    );
  }
  const neededBy = new Map<string, string[]>(input.ids.map((id) => [id, []]));
  for (const [id, list] of needs) for (const r of list) neededBy.get(r)!.push(id);

  // Back edges "x needs r" found by an iterative depth-first walk, roots first, then whatever is left.
  const back = new Set<string>();
  const colour = new Map<string, 1 | 2>();
  const starts = [...input.ids.filter((id) => needs.get(id)!.length === 0), ...input.ids];
  for (const start of starts) {
    if (colour.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    colour.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = neededBy.get(top.id)!;
      if (top.next < out.length) {
        const y = out[top.next++]!;
        const c = colour.get(y);
        if (c === 1) back.add(`${y}\u0000${top.id}`);
        else if (c === undefined) {
          colour.set(y, 1);
          stack.push({ id: y, next: 0 });
        }
        continue;
      }
      colour.set(top.id, 2);
      stack.pop();
    }
  }

  // Longest path over the remaining edges (now acyclic), in topological order.
  const depth = new Map<string, number>();
  const missing = new Map<string, number>();
  const queue: string[] = [];
  for (const id of input.ids) {
    const n = new Set(needs.get(id)!.filter((r) => !back.has(`${id}\u0000${r}`))).size;
    missing.set(id, n);
    depth.set(id, 0);
    if (n === 0) queue.push(id);
  }
  for (let head = 0; head < queue.length; head++) {
    const x = queue[head]!;
    for (const y of new Set(neededBy.get(x)!)) {
      if (back.has(`${y}\u0000${x}`)) continue;
      depth.set(y, Math.max(depth.get(y)!, depth.get(x)! + 1));
      const left = missing.get(y)! - 1;
      missing.set(y, left);
      if (left === 0) queue.push(y);
    }
  }
  return depth;
}

/** Places every account: x by layer, y by barycentre ordering and spreading. */
export function layeredLayout(input: LayoutInput, options: LayoutOptions = {}): Map<string, Placed> {
  const layerGap = options.layerGap ?? 120;
  const widthOf = options.widthOf ?? (() => 0);
  const rowGap = options.rowGap ?? 31;
  const sweeps = options.sweeps ?? 4;
  const depth = depths(input);
  const order = new Map(input.ids.map((id, i) => [id, i] as const));

  let layerCount = 1;
  for (const d of depth.values()) layerCount = Math.max(layerCount, d + 1);
  const layers: string[][] = Array.from({ length: layerCount }, () => []);
  for (const id of input.ids) layers[depth.get(id) ?? 0]!.push(id);

  // Neighbours across layers: "up" = accounts required (left), "down" = dependants (right).
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const id of input.ids) {
    up.set(id, []);
    down.set(id, []);
  }
  for (const id of input.ids) {
    for (const r of input.requires.get(id) ?? []) {
      if (!up.has(r) || r === id) continue;
      if ((depth.get(r) ?? 0) < (depth.get(id) ?? 0)) {
        up.get(id)!.push(r);
        down.get(r)!.push(id);
      }
    }
  }

  const pos = new Map<string, number>();
  const setPositions = (layer: string[]) => {
    layer.forEach((id, i) => {
      pos.set(id, i);
    });
  };
  for (const layer of layers) setPositions(layer);
  const reorder = (layer: string[], neighbours: Map<string, string[]>) => {
    const key = new Map<string, number>();
    for (const id of layer) {
      const ns = neighbours.get(id)!;
      key.set(id, ns.length === 0 ? Number.POSITIVE_INFINITY : mean(ns.map((n) => pos.get(n)!)));
    }
    layer.sort((a, b) => {
      const ka = key.get(a)!;
      const kb = key.get(b)!;
      if (ka !== kb) {
        if (ka === Number.POSITIVE_INFINITY) return 1;
        if (kb === Number.POSITIVE_INFINITY) return -1;
        return ka - kb;
      }
      return order.get(a)! - order.get(b)!;
    });
    setPositions(layer);
  };
  for (let s = 0; s < sweeps; s++) {
    for (let l = 1; l < layerCount; l++) reorder(layers[l]!, up);
    for (let l = layerCount - 2; l >= 0; l--) reorder(layers[l]!, down);
  }
  for (let l = 1; l < layerCount; l++) reorder(layers[l]!, up);

  // Vertical placement: layer 0 evenly, then each account near the mean of what it needs, spread apart.
  const y = new Map<string, number>();
  const first = layers[0] ?? [];
  first.forEach((id, i) => {
    y.set(id, (i - (first.length - 1) / 2) * rowGap);
  });
  for (let l = 1; l < layerCount; l++) {
    const layer = layers[l]!;
    const desired = layer.map((id, i) => {
      const ns = up.get(id)!;
      return ns.length > 0 ? mean(ns.map((n) => y.get(n)!)) : (i - (layer.length - 1) / 2) * rowGap;
    });
    const actual = spread(desired, rowGap);
    layer.forEach((id, i) => {
      y.set(id, actual[i]!);
    });
  }

  // Each layer starts right of the widest label of the previous one.
  const out = new Map<string, Placed>();
  let x = 0;
  layers.forEach((layer, l) => {
    let widest = 0;
    for (const id of layer) {
      out.set(id, { x, y: y.get(id)!, layer: l });
      widest = Math.max(widest, widthOf(id));
    }
    x += widest + layerGap;
  });
  return out;
}

/** Positions as close to `desired` (already in order) as a minimum gap allows, centred on their wishes. */
function spread(desired: readonly number[], gap: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < desired.length; i++) {
    const want = desired[i]!;
    out.push(i === 0 ? want : Math.max(want, out[i - 1]! + gap));
  }
  const shift = mean(desired.map((d, i) => d - out[i]!));
  return out.map((v) => v + shift);
}

function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return xs.length === 0 ? 0 : sum / xs.length;
}

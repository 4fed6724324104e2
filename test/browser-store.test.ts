/** The web UI's store (web/shell/store.ts): panels hear only about the keys they read, in subscription order. */
import { describe, expect, it } from 'vitest';
import { createStore } from '../web/shell/store.js';

describe('the page store', () => {
  it('tells a listener only about changes to its keys, with every key that changed', () => {
    const store = createStore({ a: 1, b: [1], c: 'x' });
    const heard: string[][] = [];
    store.subscribe(['a', 'b'], (_s, changed) => heard.push([...changed].map(String)));
    store.set({ c: 'y' });
    store.set({ a: 2, c: 'z' });
    store.set({ a: 2 });
    store.set({ b: [1] });
    expect(heard).toEqual([['a', 'c'], ['b']]);
    expect(store.get()).toEqual({ a: 2, b: [1], c: 'z' });
  });

  it('runs listeners in the order they subscribed, each seeing the new state, and stops after unsubscribe', () => {
    const store = createStore({ n: 0 });
    const order: string[] = [];
    const off = store.subscribe('*', (s) => order.push(`first ${s.n}`));
    store.subscribe(['n'], (s, _c, meta) => order.push(`second ${s.n}${meta.quiet ? ' quiet' : ''}`));
    store.set({ n: 1 });
    off();
    store.set({ n: 2 }, { quiet: true });
    expect(order).toEqual(['first 1', 'second 1', 'second 2 quiet']);
  });

  it('lets a listener change the state again, and later listeners see the newest state', () => {
    const store = createStore({ n: 0, m: 0 });
    const seen: number[] = [];
    store.subscribe(['n'], (s) => {
      if (s.m === 0) store.set({ m: s.n * 10 });
    });
    store.subscribe(['n', 'm'], () => seen.push(store.get().m));
    store.set({ n: 3 });
    expect(store.get()).toEqual({ n: 3, m: 30 });
    expect(seen.at(-1)).toBe(30);
  });
});

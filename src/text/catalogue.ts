/** @module The shape of a catalogue: the Chinese one's type, which the English one must match key for key. */
import type { zh } from './zh/index.js';

export type Catalogue = typeof zh;

/** @module The web UI's words in English, one file per feature, merged into the section `web` like the Chinese. */
import type { Catalogue } from '../../catalogue.js';
import { editor } from './editor.js';
import { graph } from './graph.js';
import { maps } from './maps.js';
import { risk } from './risk.js';
import { shell } from './shell.js';
import { simulate } from './simulate.js';

/** The parts, for the test that no key of one shadows another's. */
export const webParts = { shell, graph, simulate, risk, editor, maps };

export const web: Catalogue['web'] = { ...shell, ...graph, ...simulate, ...risk, ...editor, ...maps };

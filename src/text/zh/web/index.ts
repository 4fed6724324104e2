/**
 * @module 网页界面的文字：按功能分成几个文件，合成一节 `web`（键名互不重复，test/text.test.ts 检查）。
 * The web UI's words, one file per feature, merged into the one section `web`; their keys never repeat.
 */
import { editor } from './editor.js';
import { graph } from './graph.js';
import { maps } from './maps.js';
import { risk } from './risk.js';
import { shell } from './shell.js';
import { simulate } from './simulate.js';

/** The parts, for the test that no key of one shadows another's. */
export const webParts = { shell, graph, simulate, risk, editor, maps };

export const web = { ...shell, ...graph, ...simulate, ...risk, ...editor, ...maps };

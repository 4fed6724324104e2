/** What a command may touch: its output streams and the environment, passed in so tests run commands in-process. */
import type { Lang } from '../engine/describe.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
  env: NodeJS.ProcessEnv;
}

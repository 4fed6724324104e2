/** @module Every provider of the catalog (DESIGN §5), as plain data: the roots first, then the services bound to them. */
import { ROOT_PROVIDERS } from './providers-roots.js';
import { SERVICE_PROVIDERS } from './providers-services.js';
import type { ProviderInput } from './types.js';

export type { ProviderInput } from './types.js';

/** All providers, in the order the UI lists them when no search is typed. */
export const PROVIDERS: ProviderInput[] = [...ROOT_PROVIDERS, ...SERVICE_PROVIDERS];

/** @module Every provider of the catalog (DESIGN §5), as plain data: the roots first, then by category. */
import { BANK_PROVIDERS } from './providers-banks.js';
import { CARRIER_PROVIDERS } from './providers-carriers.js';
import { DELIVERY_PROVIDERS } from './providers-delivery.js';
import { DEVICE_PROVIDERS } from './providers-devices.js';
import { EDUCATION_PROVIDERS } from './providers-education.js';
import { GAME_PROVIDERS } from './providers-games.js';
import { GLOBAL_PROVIDERS } from './providers-global.js';
import { GOVERNMENT_PROVIDERS } from './providers-government.js';
import { HOUSING_PROVIDERS } from './providers-housing.js';
import { MAIL_PROVIDERS } from './providers-mail.js';
import { MEDIA_PROVIDERS } from './providers-media.js';
import { PAYMENT_PROVIDERS } from './providers-payments.js';
import { ROOT_PROVIDERS } from './providers-roots.js';
import { SHOPPING_PROVIDERS } from './providers-shopping.js';
import { SOCIAL_PROVIDERS } from './providers-social.js';
import { TRAVEL_PROVIDERS } from './providers-travel.js';
import { WORK_PROVIDERS } from './providers-work.js';
import type { ProviderInput } from './types.js';

export type { ProviderInput } from './types.js';

/** All providers, in the order the UI lists them when no search is typed. */
export const PROVIDERS: ProviderInput[] = [
  ...ROOT_PROVIDERS,
  ...MAIL_PROVIDERS,
  ...CARRIER_PROVIDERS,
  ...BANK_PROVIDERS,
  ...PAYMENT_PROVIDERS,
  ...GLOBAL_PROVIDERS,
  ...DEVICE_PROVIDERS,
  ...SOCIAL_PROVIDERS,
  ...MEDIA_PROVIDERS,
  ...GAME_PROVIDERS,
  ...SHOPPING_PROVIDERS,
  ...DELIVERY_PROVIDERS,
  ...TRAVEL_PROVIDERS,
  ...GOVERNMENT_PROVIDERS,
  ...EDUCATION_PROVIDERS,
  ...WORK_PROVIDERS,
  ...HOUSING_PROVIDERS,
];

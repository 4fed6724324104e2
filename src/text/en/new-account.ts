/** @module Default labels of new accounts: for an account made for a kind slot when the caller gives no label (stored in the map). */
import type { NewAccountText } from '../zh/new-account.js';

export const newAccount: NewAccountText = {
  label: {
    phone: 'Phone number',
    email: 'Email',
    messenger: 'Messenger',
    payment: 'Payment account',
    identity: 'Identity document',
    device: 'Device',
    service: 'Account',
  },
};

/** @module What a page without a working launch token says: why, whether the maps are safe, how to get back in. */
import type { Catalogue } from '../catalogue.js';

export const access: Catalogue['access'] = {
  title: {
    'no-token': 'This page is not connected to your saved maps',
    'bad-token': 'This page’s key has expired: it is not connected to your saved maps',
    unreachable: 'banradius cannot be reached: it may have been stopped',
  },
  safe: 'Your saved maps are not lost: they are still in the store on this computer. Until you connect, changes here are not saved.',
  stepServe: 'In a terminal, run banradius serve and open the link it prints (it ends in #token=…).',
  stepFile: (file) =>
    `The key is also kept in the file ${file} in the data directory (readable by you only).`,
  stepNewToken: 'banradius serve --new-token makes a new key; old bookmarks then stop working.',
  pasteLabel: 'Or paste that link (or the key) here:',
  pastePlaceholder: 'http://127.0.0.1:4178/#token=…',
  connect: 'Connect',
  pasteInvalid: 'No key found in this: paste the whole link that banradius serve printed.',
};

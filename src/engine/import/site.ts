/**
 * Where a login is used, from its address: the host and its registrable domain (`passport.bilibili.com` →
 * `bilibili.com`, `www.gov.cn` → `www.gov.cn` is kept whole under the two-level suffix `gov.cn`), an IP or
 * localhost kept as is, or an Android app's package name (`androidapp://com.tencent.mm`, Chrome's
 * `android://HASH@com.tencent.mm/`). The suffix list is a small hand-kept one, not the whole Public Suffix List.
 */

export interface Site {
  /** A host (lower case, no port, no trailing dot), when the address is a web address. */
  host?: string;
  /** The registrable domain of `host`, or the host itself for an IP, localhost or a one-label name. */
  domain?: string;
  /** The Android package, when the address is an app. */
  app?: string;
}

/** Two-level public suffixes seen in the sites people in China and elsewhere use. */
const TWO_LEVEL = new Set([
  ...['com', 'net', 'org', 'gov', 'edu', 'ac', 'mil'].map((s) => `${s}.cn`),
  ...['bj', 'sh', 'tj', 'cq', 'gd', 'js', 'zj', 'sc', 'hb', 'hn', 'sd', 'fj', 'ln'].map((s) => `${s}.cn`),
  ...['com', 'org', 'edu', 'gov', 'net', 'idv'].map((s) => `${s}.hk`),
  ...['com', 'org', 'edu', 'gov', 'net', 'idv'].map((s) => `${s}.tw`),
  ...['com', 'org', 'edu', 'gov'].map((s) => `${s}.mo`),
  ...['co', 'org', 'ac', 'gov', 'me', 'ltd', 'plc'].map((s) => `${s}.uk`),
  ...['co', 'ne', 'or', 'ac', 'go'].map((s) => `${s}.jp`),
  ...['co', 'or', 'ac', 'go'].map((s) => `${s}.kr`),
  ...['com', 'net', 'org', 'edu', 'gov'].map((s) => `${s}.au`),
  ...['com', 'edu', 'gov', 'org', 'net'].map((s) => `${s}.sg`),
  ...['com', 'edu', 'gov', 'org', 'net'].map((s) => `${s}.my`),
  'co.nz',
  'co.in',
  'co.za',
  'com.br',
  'com.mx',
  'com.tr',
  // Hosting suffixes where each subdomain belongs to someone else.
  'github.io',
  'gitee.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'herokuapp.com',
  'appspot.com',
  'azurewebsites.net',
  'blogspot.com',
]);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** True for an IPv4 or IPv6 literal or a local name, which have no registrable domain. */
export function isLocalOrIp(host: string): boolean {
  return (
    IPV4.test(host) ||
    host.includes(':') ||
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    !host.includes('.')
  );
}

/** The registrable domain of a host (the suffix plus one label), or the host itself for IPs and local names. */
export function registrableDomain(host: string): string {
  if (isLocalOrIp(host)) return host;
  const labels = host.split('.');
  const n = labels.length;
  if (n <= 2) return host;
  const two = labels.slice(n - 2).join('.');
  return TWO_LEVEL.has(two) ? labels.slice(n - 3).join('.') : two;
}

const PACKAGE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/** The site of a login's address, or undefined when it is none of a web address, a host or an app. */
export function siteOf(uri: string): Site | undefined {
  const raw = uri.trim();
  if (raw === '') return undefined;
  const app = /^android(?:app)?:\/\/(?:[^@/]*@)?([^/?#]+)/i.exec(raw);
  if (app) {
    const pkg = app[1]!.toLowerCase();
    return PACKAGE.test(pkg) ? { app: pkg } : undefined;
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '').replace(/^\[|\]$/g, '');
  if (host === '' || !/^[a-z0-9.:_-]+$/.test(host)) return undefined;
  return { host, domain: registrableDomain(host) };
}

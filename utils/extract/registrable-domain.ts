/** Second-level labels under which country domains register names (news.co.uk, abc.net.au). */
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'ac',
  'edu',
  'ne',
  'or',
  'go',
  'gob',
  'nic',
]);

/**
 * A readable approximation of the registrable domain, without a public-suffix list:
 * `www.sport.example.cz` -> `example.cz`, `news.bbc.co.uk` -> `bbc.co.uk`. IP addresses
 * and single-label or `.localhost` hosts (the demo's `outlet-a.localhost`) stay whole.
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  if (labels.at(-1) === 'localhost') return labels.slice(-2).join('.');
  if (labels.length <= 2) return host;
  const tld = labels.at(-1) ?? '';
  const sld = labels.at(-2) ?? '';
  const keep = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

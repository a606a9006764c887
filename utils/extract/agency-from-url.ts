/** Wire agencies' own domains: a page syndicated from one points its canonical URL there. */
const AGENCY_DOMAINS: readonly [RegExp, string][] = [
  [/(^|\.)afp\.com$/, 'AFP'],
  [/(^|\.)reuters\.com$/, 'Reuters'],
  [/(^|\.)(apnews\.com|ap\.org)$/, 'AP'],
  [/(^|\.)pa\.media$/, 'PA'],
  [/(^|\.)dpa\.(com|de)$/, 'dpa'],
  [/(^|\.)ansa\.it$/, 'ANSA'],
  [/(^|\.)efe\.com$/, 'EFE'],
  [/(^|\.)(xinhuanet\.com|news\.cn)$/, 'Xinhua'],
  [/(^|\.)kyodonews\.(net|jp)$/, 'Kyodo'],
  [/(^|\.)(yna\.co\.kr|yonhapnews\.co\.kr)$/, 'Yonhap'],
  [/(^|\.)upi\.com$/, 'UPI'],
  [/(^|\.)bloomberg\.com$/, 'Bloomberg'],
  [/(^|\.)aap\.com\.au$/, 'AAP'],
];

/** The agency whose site a URL belongs to ("https://apnews.com/article/..." -> "AP"), or null. */
export function agencyFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return AGENCY_DOMAINS.find(([pattern]) => pattern.test(host))?.[1] ?? null;
}

/** Query parameters that only say how a reader arrived, never which article it is. */
const TRACKING_PARAM =
  /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid|smid|smtyp|icid|s_cid|xtor|ito|at_.*|ns_.*|wt\.mc_id|sr_share|ref_src|ref_url|guccounter|guce_referrer.*|__twitter_impression|mbid|taid|ncid|soc_src|soc_trk|cid)$/i;

/**
 * Removes tracking parameters and the fragment from an http(s) URL; returns other
 * strings unchanged (they are not URLs the extension can compare anyway).
 */
export function cleanUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = '';
  for (const key of Array.from(parsed.searchParams.keys())) {
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  }
  if (!parsed.searchParams.toString()) parsed.search = '';
  return parsed.toString();
}

import type { ExtractionFailed, ExtractionFailure } from '../article.ts';
import { cleanUrl } from './clean-url.ts';
import { LIMITS } from '../validate-request.ts';

/**
 * A page not taken as an article, within the limits the background checks (a result past
 * them would be dropped, and the popup would say nothing was read). Used on both sides:
 * the content script's refusals (scan-page.ts) and the background's (finish-article.ts).
 */
export function failure(reason: ExtractionFailure, message: string, url: string): ExtractionFailed {
  const max = LIMITS.fieldChars;
  return { ok: false, reason, message: message.slice(0, max), url: cleanUrl(url).slice(0, max) };
}

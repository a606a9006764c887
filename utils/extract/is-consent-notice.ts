/** Vocabulary of cookie walls and consent notices, in the languages outlets use most. */
const CONSENT_TERMS = [
  /\bcookies?\b/i,
  /\bconsent\b|\bconsentement\b|\beinwilligung\b|\bconsentimiento\b/i,
  /\bpartners?\b|\bpartenaires\b|\bpartner\b/i,
  /\bprivacy (policy|settings)\b|\bdatenschutz/i,
  /\bpersonali[sz]ed (ads|advertising|content)\b/i,
  /\blegitimate interest/i,
  /\bvendors?\b/i,
  /\baccept all\b|\btout accepter\b|\balle akzeptieren\b|\baceptar todo\b/i,
  /\bmanage (preferences|options|settings)\b/i,
  /\bstore and\/or access information\b/i,
  /\btracking technologies\b/i,
];
/** A real article that mentions cookies is long; a notice rarely runs past this. */
const MAX_NOTICE_WORDS = 500;
const MIN_TERMS = 4;

/**
 * True when extracted text reads like a cookie wall or consent notice rather than an
 * article: short, and using several of the notice's typical terms.
 */
export function isConsentNotice(text: string, words: number): boolean {
  return words <= MAX_NOTICE_WORDS && consentTermCount(text) >= MIN_TERMS;
}

/** How many distinct consent-notice terms the text uses. */
export function consentTermCount(text: string): number {
  return CONSENT_TERMS.filter((term) => term.test(text)).length;
}

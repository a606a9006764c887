const MIN_YEAR = 1970;
const MAX_YEAR = 2200;

/**
 * Turns the date strings outlets put in metadata into an ISO 8601 UTC string, or null.
 * Accepts ISO forms with `+0100` style offsets, a space instead of `T`, long fractions,
 * RFC 2822 dates and Unix timestamps. A date-time without a zone is read as UTC so the
 * result does not depend on the reader's time zone.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const time = /^\d{10}(\d{3})?$/.test(value) ? epochMillis(value) : parseDateString(value);
  if (time === null || Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? date.toISOString() : null;
}

function epochMillis(value: string): number {
  return value.length === 13 ? Number(value) : Number(value) * 1000;
}

const ISO_LIKE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i;

function parseDateString(value: string): number | null {
  const m = ISO_LIKE.exec(value);
  if (!m) {
    // RFC 2822 and similar English forms; Date.parse handles those consistently.
    return /[a-z]{3}/i.test(value) && /\d{4}/.test(value) ? Date.parse(value) : null;
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  const ms = (frac + '000').slice(0, 3);
  const iso = `${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi}:${s}.${ms}${isoZone(zone)}`;
  return Date.parse(iso);
}

function isoZone(zone: string): string {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  const hours = digits.slice(0, 3);
  const minutes = digits.slice(3) || '00';
  return `${hours}:${minutes}`;
}

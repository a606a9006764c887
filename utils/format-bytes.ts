const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "850 kB", "1.2 GB": a size for the reader, in the browser's locale (powers of 1,000). */
export function formatBytes(bytes: number, locale?: string): string {
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

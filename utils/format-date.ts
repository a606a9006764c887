/** Formats an ISO string or epoch ms as a short local date, or '' when unknown/invalid. */
export function formatDate(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  // One formatter for every call: the saved page formats two or three dates a row.
  medium ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return medium.format(date);
}

let medium: Intl.DateTimeFormat | undefined;

import { errorMessage } from '../error-message';

/** True when IndexedDB refused a write for lack of space (quota or a full disk). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { inner?: unknown }).inner) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_FILE_NO_DEVICE_SPACE') return true;
  }
  return false;
}

/** A sentence a reader can act on, for any failed database operation. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your browser refused to store more: its storage for Wiretrace is full. Nothing already saved was lost. Free some disk space or delete old articles on the saved-article page, then try again.';
  }
  const detail = errorMessage(error);
  return `Wiretrace could not use its local database (${detail}). Nothing already saved was changed.`;
}

import { describe, expect, it } from 'vitest';
import { createTabResults, type SessionArea } from '../../../utils/background/tab-results';
import { EMPTY_REPORT, type TabResult } from '../../../utils/tab-result';

const result: TabResult = {
  status: 'not-article',
  pageUrl: 'https://x.test/',
  message: 'no',
  article: null,
  report: EMPTY_REPORT,
  storageError: null,
};

function memorySession(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key) => void data.delete(key),
  };
}

describe('createTabResults', () => {
  it('answers from session storage after a service-worker restart', async () => {
    const session = memorySession();
    await createTabResults(session).set(3, result);
    const restarted = createTabResults(session);
    expect(await restarted.get(3)).toEqual(result);
    await restarted.delete(3);
    expect(await createTabResults(session).get(3)).toBeNull();
  });

  it('still serves from memory when session storage refuses a write', async () => {
    const broken: SessionArea = {
      ...memorySession(),
      set: () => Promise.reject(new Error('quota')),
    };
    const results = createTabResults(broken);
    await results.set(1, result);
    expect(await results.get(1)).toEqual(result);
  });
});

import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isPaused,
  loadPausedSites,
  readPausedSites,
  siteOf,
  withSite,
} from '../../../utils/paused-sites';
import { pausedSites, setSitePaused } from '../../../utils/settings';

describe('paused sites', () => {
  it('names a page by its host, lower case, without www.', () => {
    expect(siteOf('https://WWW.Example.com/news/a?x=1')).toBe('example.com');
    expect(siteOf('http://edition.example.co.uk/')).toBe('edition.example.co.uk');
    expect(siteOf('chrome://extensions/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('pauses a site and its subdomains, not a look-alike', () => {
    const sites = ['example.com'];
    expect(isPaused('https://www.example.com/a', sites)).toBe(true);
    expect(isPaused('https://news.example.com/a', sites)).toBe(true);
    expect(isPaused('https://badexample.com/a', sites)).toBe(false);
    expect(isPaused('https://example.com.evil.test/a', sites)).toBe(false);
    expect(isPaused('https://other.test/', [])).toBe(false);
  });

  it('adds and removes a site, keeping the list sorted and each site once', () => {
    const one = withSite([], 'b.test', true);
    const two = withSite(withSite(one, 'a.test', true), 'a.test', true);
    expect(two).toEqual(['a.test', 'b.test']);
    expect(withSite(two, 'a.test', false)).toEqual(['b.test']);
  });

  it('reads anything stored that is not a list of names as no paused site', () => {
    expect(readPausedSites(undefined)).toEqual([]);
    expect(readPausedSites('example.com')).toEqual([]);
    expect(readPausedSites(['a.test', 3, '', null])).toEqual(['a.test']);
  });

  it('reads in the content script what the popup stored', async () => {
    fakeBrowser.reset();
    expect(await loadPausedSites(fakeBrowser.storage.local)).toEqual([]);
    await setSitePaused('example.com', true);
    expect(await loadPausedSites(fakeBrowser.storage.local)).toEqual(['example.com']);
    await pausedSites.setValue('corrupt');
    expect(await loadPausedSites(fakeBrowser.storage.local)).toEqual([]);
  });
});

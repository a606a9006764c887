import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanUrl } from '../../../utils/extract/clean-url.ts';
import { canonicalUrl } from '../../../utils/extract/canonical-url.ts';
import { registrableDomain } from '../../../utils/extract/registrable-domain.ts';
import { outletName } from '../../../utils/extract/outlet-name.ts';

describe('cleanUrl', () => {
  it.each([
    ['https://a.example/x?utm_source=tw&utm_medium=social', 'https://a.example/x'],
    ['https://a.example/x?id=5&fbclid=abc&gclid=def#top', 'https://a.example/x?id=5'],
    ['https://a.example/story.php?id=7&page=2', 'https://a.example/story.php?id=7&page=2'],
    ['https://a.example/x?mc_cid=1&mc_eid=2&ocid=3&igshid=4', 'https://a.example/x'],
    ['not a url', 'not a url'],
  ])('%s', (input, expected) => {
    expect(cleanUrl(input)).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  const doc = (head: string) =>
    parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document;
  const page = 'https://www.a.example/world/story-1?utm_source=x#c';
  it.each([
    [
      '<link rel="canonical" href="https://a.example/world/story-1">',
      null,
      'https://a.example/world/story-1',
    ],
    [
      '<link rel="canonical" href="/world/story-1?utm_campaign=z">',
      null,
      'https://www.a.example/world/story-1',
    ],
    ['', 'https://a.example/og/story-1', 'https://a.example/og/story-1'],
    [
      '<link rel="canonical" href="https://a.example/">',
      null,
      'https://www.a.example/world/story-1',
    ],
    [
      '<link rel="canonical" href="javascript:void(0)">',
      null,
      'https://www.a.example/world/story-1',
    ],
    ['', null, 'https://www.a.example/world/story-1'],
    [
      '<base href="https://cdn.a.example/en/"><link rel="canonical" href="world/story-1">',
      null,
      'https://cdn.a.example/en/world/story-1',
    ],
  ])('%s / og %s', (head, og, expected) => {
    expect(canonicalUrl(doc(head), og, page)).toBe(expected);
  });
});

describe('registrableDomain and outletName', () => {
  it.each([
    ['www.sport.example.cz', 'example.cz'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['outlet-a.localhost', 'outlet-a.localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['example.com', 'example.com'],
  ])('%s -> %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });

  it.each([
    [[null, 'Harbour Gazette'], 'https://x.example/a', 'Harbour Gazette'],
    [['Aktuální.cz - Víte, co se právě děje'], 'https://x.example/a', 'Aktuální.cz'],
    [['http://www.tmz.com'], 'https://x.example/a', 'tmz.com'],
    [[null, '  '], 'https://www.outlet-b.localhost/story', 'outlet-b.localhost'],
    [[], 'file:///tmp/page.html', 'local file'],
  ] as const)('%j at %s', (candidates, url, expected) => {
    expect(outletName(candidates, url)).toBe(expected);
  });
});

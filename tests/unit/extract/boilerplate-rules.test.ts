import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  BOILERPLATE_RULES,
  boilerplateKind,
  mayBeCaption,
  ruleLine,
} from '../../../utils/extract/boilerplate-kind.ts';

/**
 * Each rule's mayMatch must hold wherever its pattern matches, or a line of page furniture
 * would slip into the article text. Checked on every line of the fixture pages and on lines
 * written to hit each pattern, in several cases and scripts.
 */
const written = [
  'Copyright 2024 The Associated Press. All rights reserved.',
  '© 2025 Gazette Media',
  '(c) 2023 Harbour News',
  '— Related: Port chief named',
  'READ MORE » Ferry strike',
  'Lire aussi : La grève continue',
  'À LIRE AUSSI - Le port ferme',
  'اقرأ أيضاً: ارتفاع الأسعار',
  '相关阅读：江豚种群数量持续回升',
  '関連記事：港の再開',
  'Read the full story',
  "Don't miss",
  "EDITOR'S PICKS",
  'Most viewed',
  'More from Europe',
  'You might also like',
  'Click here to read more',
  'Scroll down to continue reading',
  'Tags: Ukraine, Russia',
  'Mots-clés : port, grève',
  'SCHLAGWÖRTER: Hafen',
  'Sign up for our Morning Briefing newsletter',
  'Suscríbete a nuestra newsletter',
  'Our newsletter, delivered to your inbox',
  '£5 per month',
  '₹199 / month',
  '€60 / person / year',
  'Got a tip? Contact us',
  'Contact the reporter',
  'Follow us on Bluesky',
  'Please enable JavaScript',
  'This article is only available to subscribers',
  'Download our app',
  'Share',
  'SHARE THIS ARTICLE',
  'E-mail Print Copy link',
  'Facebook · Twitter · WhatsApp · 12 comments',
  '分享到：微信 微博 QQ空间',
  'شارك هذا المقال',
  'ADVERTISEMENT',
  '— Publicité —',
  'Sponsored content',
  'Реклама',
  'Photo: Jean Martin / AFP',
  '[Image credit: Getty Images]',
  'Jane Roe / Reuters',
  'Harbour at dawn. Shutterstock',
  'Photo courtesy of the port',
  '图为工作人员在江边采集样本。（新华社记者 张明 摄）',
  'FILE PHOTO: A ferry leaves the quay',
  'In this handout photo, the quay is shown',
  'These images show the storm',
  'Dockers unload grain at the port. (Photo by John Doe / AFP)',
];

function fixtureLines(): string[] {
  const lines = new Set(written);
  for (const root of ['../../fixtures/pages', '../../fixtures/sites']) {
    const dir = join(import.meta.dirname, root);
    for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
      if (!entry.endsWith('.html')) continue;
      const { document } = parseHTML(readFileSync(join(dir, entry), 'utf8'));
      for (const element of document.querySelectorAll('p, li, div, span, a, figcaption, h1, h2'))
        for (const line of (element.textContent ?? '').split(/\n+/)) {
          const text = line.replace(/\s+/g, ' ').trim();
          if (text && text.length <= 900) lines.add(text);
        }
    }
  }
  return [...lines];
}

describe('boilerplate rules', () => {
  const lines = fixtureLines();

  it('have lines to check, and the written ones are all furniture', () => {
    expect(lines.length).toBeGreaterThan(300);
    for (const line of written) expect(boilerplateKind(line), line).not.toBeNull();
  });

  it('never rule out a line their pattern matches', () => {
    const missed: string[] = [];
    for (const text of lines) {
      const line = ruleLine(text);
      for (const rule of BOILERPLATE_RULES)
        if (rule.pattern.test(line.text) && !rule.mayMatch(line))
          missed.push(`${rule.pattern.source.slice(0, 30)}: ${text}`);
    }
    expect(missed).toEqual([]);
  });

  it('rule out most lines of article prose', () => {
    const prose =
      'The harbour authority said on Monday that the ferry would sail again after repairs.';
    const line = ruleLine(prose);
    expect(BOILERPLATE_RULES.filter((rule) => rule.mayMatch(line))).toEqual([]);
    expect(mayBeCaption(line)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { BOILERPLATE } from '../../bench/generator/boilerplate';
import { createCorpus, loadModel } from '../../bench/generator/corpus';
import { trainMarkov } from '../../bench/generator/markov-model';
import { loadTrainingText, FALLBACK_TEXT } from '../../bench/generator/training-text';
import { sharedKind } from '../../bench/quality/boilerplate-only';

// The fallback text ships with the repo, so this test runs the same on a fresh clone.
const fallback = loadTrainingText('/nonexistent.csv');
const model = { model: trainMarkov(fallback.paragraphs), source: fallback.source };
const corpus = createCorpus({ seed: 7, size: 600, model });
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

describe('bench corpus generator', () => {
  it('trains on the team-written fallback text when the Helsinki corpus is absent', () => {
    expect(fallback.source).toBe('fallback');
    expect(FALLBACK_TEXT.endsWith('fallback-news.txt')).toBe(true);
    expect(fallback.paragraphs.length).toBeGreaterThan(30);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = createCorpus({ seed: 7, size: 600, model });
    const other = createCorpus({ seed: 8, size: 600, model });
    for (const i of [0, 17, 599]) expect(again.articleAt(i)).toEqual(corpus.articleAt(i));
    expect(again.families).toEqual(corpus.families);
    expect(other.articleAt(17).text).not.toBe(corpus.articleAt(17).text);
  });

  it('writes news-length articles: 300-1,200 words, about 600 on average', () => {
    const lengths = Array.from({ length: 300 }, (_, i) => words(corpus.articleAt(i).text));
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1300); // 1,200 words plus boilerplate lines
    expect(mean).toBeGreaterThan(520);
    expect(mean).toBeLessThan(700);
  });

  it('gives every article a unique canonical URL and paragraphs joined as text', () => {
    const urls = new Set(Array.from({ length: 600 }, (_, i) => corpus.articleAt(i).url));
    expect(urls.size).toBe(600);
    const a = corpus.articleAt(3);
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    expect(corpus.outlets.length).toBeGreaterThanOrEqual(300);
  });

  it('plants wire families of 3-6 outlets whose recorded spans hold the wire text', () => {
    expect(corpus.families.length).toBeGreaterThan(0);
    for (const family of corpus.families) {
      expect(family.members.length).toBeGreaterThanOrEqual(3);
      expect(family.members.length).toBeLessThanOrEqual(6);
      expect(new Set(family.members.map((m) => m.outlet)).size).toBe(family.members.length);
      for (const m of family.members) {
        const article = corpus.articleAt(m.index);
        expect(article.url).toBe(m.url);
        expect(m.spans.length).toBeGreaterThan(3);
        for (const s of m.spans)
          expect(article.paragraphs).toContain(article.text.slice(s.start, s.end));
      }
    }
  });

  it('edits republications: members differ, yet share most wire paragraphs', () => {
    const [a, b] = corpus.families[0]!.members;
    const ta = corpus.articleAt(a!.index).text;
    const tb = corpus.articleAt(b!.index).text;
    expect(ta).not.toBe(tb);
    const shared = a!.spans.filter((s) =>
      b!.spans.some((t) => t.wireParagraph === s.wireParagraph),
    );
    expect(shared.length).toBeGreaterThan(a!.spans.length / 2);
  });

  it('stamps boilerplate sentences on a large share of articles', () => {
    let stamped = 0;
    for (let i = 0; i < 600; i++)
      if (BOILERPLATE.some((s) => corpus.articleAt(i).text.includes(s))) stamped++;
    expect(stamped / 600).toBeGreaterThan(0.6);
    const text = `Some words here. ${BOILERPLATE[0]}`;
    const at = text.indexOf(BOILERPLATE[0]!);
    expect(sharedKind(text, [{ start: at, end: text.length }])).toBe('boilerplate');
    expect(sharedKind(text, [{ start: 0, end: text.length }])).toBe('boilerplate');
    const six = `one two three four five six. ${BOILERPLATE[1]}`;
    expect(sharedKind(six, [{ start: 0, end: six.length }])).toBe('chance');
    const ten = `one two three four five six seven eight nine ten. ${BOILERPLATE[1]}`;
    expect(sharedKind(ten, [{ start: 0, end: ten.length }])).toBe('reuse');
  });

  it('loads the real model when asked (Helsinki corpus if present, else fallback)', () => {
    const loaded = loadModel();
    expect(['helsinki', 'fallback']).toContain(loaded.source);
    expect(loaded.model.words.length).toBeGreaterThan(100);
  });
});

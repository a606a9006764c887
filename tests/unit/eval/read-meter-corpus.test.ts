import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMeterCorpus } from '../../../utils/eval/meter/read-meter-corpus';

const dir = fileURLToPath(new URL('../../fixtures/meter-mini', import.meta.url));

describe('readMeterCorpus on a tiny corpus in the METER layout', () => {
  const corpus = readMeterCorpus(dir);

  it('reads every PA text as a source, wire format undone', () => {
    expect(corpus.sources.map((s) => s.path)).toEqual([
      'PA/rawtexts/showbiz/01.02.03/ferry/ferry1.txt',
      'PA/rawtexts/showbiz/01.02.03/gala/gala1.txt',
      'PA/rawtexts/showbiz/01.02.03/gala/gala2.txt',
    ]);
    const gala = corpus.sources[1]!;
    expect(gala).toMatchObject({ date: '01.02.03', story: 'gala' });
    expect(gala.text.split('\n\n')).toEqual([
      '10:15 01/02/03: Page 1 (HHH) SHOWBIZ Gala',
      'LIGHTHOUSE SINGER WINS TOP PRIZE',
      'By Ann Other, PA News',
      'Folk singer Marta Quillon tonight won the Silver Lantern award for her album Harbour Lights at a ceremony in Bristol.',
      "The 34-year-old, who recorded the album in a disused lighthouse, said she was ``completely lost for words''.",
      'Organisers said the £5,000 prize would be handed over at a charity dinner next month.',
      'mf',
    ]);
  });

  it('labels articles from the file index, both path styles, first label kept', () => {
    expect(corpus.articles.map((a) => [a.path.split('/').pop(), a.label, a.paper])).toEqual([
      ['gala1_sun.txt', 'wholly', 'sun'],
      ['gala2_times.txt', 'partially', 'times'],
      ['ferry1_mirror.txt', 'non', 'mirror'],
    ]);
  });

  it('takes the annotated text with exact gold spans', () => {
    const sun = corpus.articles[0]!;
    expect(sun.annotated?.wordLevel).toBe(true);
    expect(sun.text).toBe(sun.annotated?.text);
    const slice = (label: 'Verbatim' | 'Rewrite' | 'New') =>
      sun.annotated!.spans[label].map((s) => sun.text.slice(s.start, s.end).trim());
    expect(slice('Verbatim')).toEqual([
      'FOLK singer Marta Quillon',
      'won the Silver Lantern award for her album Harbour Lights at a ceremony in Bristol.',
      'The 34-year-old',
    ]);
    expect(slice('Rewrite')).toEqual([', said she was']);
    expect(slice('New')).toEqual(['"completely lost for words".']);
    expect(sun.text).toMatch(/Bristol\.\n\nThe 34-year-old ?, said/);
  });

  it('reads an <unclassified> file as text without word-level labels', () => {
    const times = corpus.articles[1]!;
    expect(times.annotated?.wordLevel).toBe(false);
    expect(times.text.trim().split('\n\n')).toHaveLength(2);
  });

  it('falls back to the raw text and warns, never crashes', () => {
    const mirror = corpus.articles[2]!;
    expect(mirror.annotated).toBeNull();
    expect(mirror.text).toBe(
      'Viewers will miss the quiz show that was filmed at sea, says our critic.\n\nIt was never going to last: seasick contestants are not good television.',
    );
    expect(corpus.warnings).toEqual([
      'newspapers/rawtexts/showbiz/01.02.03/ferry/ferry1_mirror.txt: no annotated counterpart, raw text used',
      'newspapers/rawtexts/showbiz/01.02.03/ferry/ferry9_star.txt: labelled but neither the raw nor the annotated file exists, skipped',
      'newspapers/rawtexts/showbiz/01.02.03/gala/gala1_sun.txt: labelled twice, first label kept',
    ]);
  });

  it('warns about a directory that is not a METER corpus', () => {
    expect(readMeterCorpus(`${dir}/missing`).warnings).toHaveLength(2);
  });
});

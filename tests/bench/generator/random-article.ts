import type { ExtractedArticle } from '../../../utils/article';
import { PARAGRAPH_SEPARATOR } from '../../../utils/article';
import { pickBoilerplate } from './boilerplate';
import { generateSentence, type MarkovModel } from './markov-model';
import type { Outlet } from './outlets';
import type { Rng } from './rng';
import { articleLexicon, type SwapRates } from './word-variants';

/** Share of an article's content words drawn from its own vocabulary (see articleLexicon). */
export const SWAP_RATES: SwapRates = { word: 0.5, name: 0.85 };

const FIRST_NAMES = [
  'Anna',
  'Marek',
  'Sofia',
  'James',
  'Leila',
  'Tomas',
  'Ines',
  'David',
  'Yuki',
  'Omar',
  'Clara',
  'Pavel',
  'Nadia',
  'Lucas',
  'Maya',
  'Kofi',
];
const LAST_NAMES = [
  'Lindqvist',
  'Okafor',
  'Moreau',
  'Keller',
  'Novak',
  'Haddad',
  'Brennan',
  'Sato',
  'Ferreira',
  'Kowalski',
  'Ahmadi',
  'Larsen',
  'Petrov',
  'Quinn',
];
const SECTIONS = ['world', 'politics', 'business', 'europe', 'news', 'national', 'us', 'opinion'];
/** Base of publication dates: two years of news. */
const EPOCH = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;

/** Article length in words: log-normal around 570 (mean about 600), kept within 300-1,200. */
export function articleLength(rng: Rng): number {
  return Math.round(Math.min(1200, Math.max(300, Math.exp(Math.log(570) + 0.35 * rng.normal()))));
}

/** Paragraphs of generated prose totalling about `words` words; news paragraphs are short. */
export function generateParagraphs(model: MarkovModel, rng: Rng, words: number): string[] {
  const swap = articleLexicon(model.lexicon, rng, SWAP_RATES);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences = rng.int(1, 3);
    const parts: string[] = [];
    for (let s = 0; s < sentences && total < words; s++) {
      const sentence = generateSentence(model, rng, undefined, swap);
      total += sentence.length;
      parts.push(sentence.join(' '));
    }
    paragraphs.push(parts.join(' '));
  }
  return paragraphs;
}

/** A headline: a short generated sentence without its final stop. */
export function generateTitle(model: MarkovModel, rng: Rng): string {
  const swap = articleLexicon(model.lexicon, rng, SWAP_RATES);
  const words = generateSentence(model, rng, { backoff: 0.2, minWords: 5, maxWords: 14 }, swap);
  return words.join(' ').replace(/[.!?]["'”’)]*$/, '');
}

/** A URL slug from a title, short like real ones. */
export function slugOf(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Fields every generated article has, from its own random stream. */
export function articleShell(
  rng: Rng,
  outlet: Outlet,
  title: string,
  index: number,
  publishedAt: number,
) {
  const date = new Date(publishedAt);
  const path = `${rng.pick(SECTIONS)}/${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${slugOf(title)}-${index}`;
  return {
    title,
    byline: rng.chance(0.8) ? `By ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` : null,
    outlet: outlet.name,
    url: `https://www.${outlet.host}/${path}`,
    publishedTime: date.toISOString(),
    modifiedTime: null,
    lang: 'en',
  };
}

/** An ordinary (unplanted) article: original prose plus the outlet's boilerplate. */
export function randomArticle(
  model: MarkovModel,
  rng: Rng,
  outlets: readonly Outlet[],
  index: number,
): ExtractedArticle {
  const outlet = rng.pick(outlets);
  const title = generateTitle(model, rng);
  const shell = articleShell(rng, outlet, title, index, EPOCH + rng.next() * 700 * DAY);
  const paragraphs = [
    ...generateParagraphs(model, rng, articleLength(rng)),
    ...pickBoilerplate(rng),
  ];
  return { ...shell, paragraphs, text: paragraphs.join(PARAGRAPH_SEPARATOR), credits: [] };
}

export { EPOCH, DAY };

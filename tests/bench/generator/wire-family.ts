import type { ExtractedArticle } from '../../../utils/article';
import { PARAGRAPH_SEPARATOR } from '../../../utils/article';
import { pickBoilerplate } from './boilerplate';
import type { MarkovModel } from './markov-model';
import type { Outlet } from './outlets';
import { articleShell, DAY, EPOCH, generateParagraphs, generateTitle } from './random-article';
import { makeRng, seedOf, shuffled, type Rng } from './rng';
import { applyRespellings, applyStyle, drawStyle, findNames } from './wire-edits';

const AGENCIES = ['AFP', 'Reuters', 'AP', 'dpa', 'EFE', 'ANSA'];
const CITIES = ['BRUSSELS', 'GENEVA', 'NAIROBI', 'LIMA', 'OSLO', 'HANOI', 'WARSAW', 'ATHENS'];

/** Where one wire paragraph sits in a republished text (character range). */
export interface SharedSpan {
  wireParagraph: number;
  start: number;
  end: number;
}

/** One outlet's republication of a wire story: where it sits in the corpus and what it shares. */
export interface PlantedMember {
  index: number;
  url: string;
  outlet: string;
  spans: SharedSpan[];
}

/** A wire story republished by 3-6 outlets. */
export interface PlantedFamily {
  id: number;
  agency: string;
  members: PlantedMember[];
}

/** The wire story itself: paragraphs, names outlets may re-spell, when it moved. */
interface WireStory {
  agency: string;
  title: string;
  paragraphs: string[];
  names: string[];
  publishedAt: number;
}

function wireStory(model: MarkovModel, rng: Rng): WireStory {
  const agency = rng.pick(AGENCIES);
  const paragraphs = generateParagraphs(model, rng, rng.int(420, 800));
  paragraphs[0] = `${rng.pick(CITIES)} (${agency}) - ${paragraphs[0]}`;
  return {
    agency,
    title: generateTitle(model, rng),
    paragraphs,
    names: findNames(paragraphs, rng, 3),
    publishedAt: EPOCH + rng.next() * 700 * DAY,
  };
}

/**
 * Builds family `id`: one wire story, republished at the corpus positions `indices` by
 * distinct outlets, each with the edits real outlets make. Returns the plan and the articles.
 */
export function buildFamily(
  model: MarkovModel,
  seed: number,
  id: number,
  indices: readonly number[],
  outlets: readonly Outlet[],
) {
  const wire = wireStory(model, makeRng(seedOf(seed, 0xf00d, id)));
  const chosen = shuffled(makeRng(seedOf(seed, 0xbeef, id)), outlets).slice(0, indices.length);
  const articles: ExtractedArticle[] = [];
  const members: PlantedMember[] = indices.map((index, m) => {
    const { article, spans } = republish(
      model,
      makeRng(seedOf(seed, 0xcafe, id, m)),
      wire,
      chosen[m]!,
      index,
    );
    articles.push(article);
    return { index, url: article.url, outlet: article.outlet, spans };
  });
  return { family: { id, agency: wire.agency, members } satisfies PlantedFamily, articles };
}

/** Wire paragraph order after an outlet drops a few and moves one (never the lead). */
function keptOrder(rng: Rng, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let d = rng.int(0, 3); d > 0 && order.length > 4; d--)
    order.splice(rng.int(1, order.length - 1), 1);
  if (rng.chance(0.4) && order.length > 4) {
    const [moved] = order.splice(rng.int(2, order.length - 1), 1);
    order.splice(rng.int(1, order.length - 1), 0, moved!);
  }
  return order;
}

function republish(model: MarkovModel, rng: Rng, wire: WireStory, outlet: Outlet, index: number) {
  const names = rng.chance(0.5) ? wire.names.slice(0, rng.int(1, wire.names.length)) : [];
  const style = drawStyle(rng);
  const items: { text: string; wire: number | null }[] = keptOrder(rng, wire.paragraphs.length).map(
    (p) => ({
      text: applyStyle(applyRespellings(wire.paragraphs[p]!, names), style),
      wire: p,
    }),
  );
  const insertAt = () => rng.int(1, items.length - 1);
  if (rng.chance(0.6))
    items.splice(insertAt(), 0, {
      text: `Related article: ${generateTitle(model, rng)}`,
      wire: null,
    });
  if (rng.chance(0.3))
    items.splice(insertAt(), 0, { text: `Read more: ${generateTitle(model, rng)}`, wire: null });
  if (rng.chance(0.3))
    items.push({ text: generateParagraphs(model, rng, 40).join(' '), wire: null });
  for (const line of pickBoilerplate(rng)) items.push({ text: line, wire: null });
  const spans: SharedSpan[] = [];
  let at = 0;
  for (const item of items) {
    if (item.wire !== null)
      spans.push({ wireParagraph: item.wire, start: at, end: at + item.text.length });
    at += item.text.length + PARAGRAPH_SEPARATOR.length;
  }
  const title = rng.chance(0.5) ? wire.title : applyStyle(wire.title, style);
  const shell = articleShell(rng, outlet, title, index, wire.publishedAt + rng.next() * DAY);
  const paragraphs = items.map((i) => i.text);
  const credits = rng.chance(0.8) ? [wire.agency] : [];
  return {
    article: { ...shell, paragraphs, text: paragraphs.join(PARAGRAPH_SEPARATOR), credits },
    spans,
  };
}

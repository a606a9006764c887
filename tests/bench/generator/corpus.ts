import type { ExtractedArticle } from '../../../utils/article';
import { trainMarkov, type MarkovModel } from './markov-model';
import { makeOutlets, type Outlet } from './outlets';
import { randomArticle } from './random-article';
import { makeRng, seedOf, shuffled } from './rng';
import { loadTrainingText, type TrainingText } from './training-text';
import { buildFamily, type PlantedFamily } from './wire-family';

/** A deterministic synthetic corpus of `size` articles with planted wire-story families. */
export interface Corpus {
  seed: number;
  size: number;
  source: TrainingText['source'];
  outlets: Outlet[];
  /** Families whose members are stored (positions < size). */
  families: PlantedFamily[];
  /** One more republication per family, never stored: a new article that has matches. */
  heldOut: ExtractedArticle[];
  /** The article stored at position `index` (0-based), regenerated on demand. */
  articleAt(index: number): ExtractedArticle;
  /** A new article that is not in the corpus (`k` ≥ 0), for ingest and match timings. */
  freshArticle(k: number): ExtractedArticle;
}

export interface CorpusOptions {
  seed: number;
  size: number;
  /** Wire stories to plant; default 20 (fewer for tiny corpora). */
  families?: number;
  /** Train on this model instead of loading the training text (tests, reuse across runs). */
  model?: { model: MarkovModel; source: TrainingText['source'] };
}

/** Trains the word model once: the slow part of setting a corpus up (about a second). */
export function loadModel(): { model: MarkovModel; source: TrainingText['source'] } {
  const text = loadTrainingText();
  return { model: trainMarkov(text.paragraphs), source: text.source };
}

/**
 * Plans the corpus: which positions hold which family's republications, all drawn from the
 * seed. Articles themselves are generated lazily, each from its own random stream.
 */
export function createCorpus(options: CorpusOptions): Corpus {
  const { seed, size } = options;
  const { model, source } = options.model ?? loadModel();
  const outlets = makeOutlets(seed);
  const familyCount = Math.min(options.families ?? 20, Math.floor(size / 20));
  const rng = makeRng(seedOf(seed, 0xfa111e5));
  const sizes = Array.from({ length: familyCount }, () => rng.int(3, 6));
  const positions = shuffled(
    rng,
    Array.from({ length: size }, (_, i) => i),
  );
  const planted = new Map<number, ExtractedArticle>();
  const families: PlantedFamily[] = [];
  const heldOut: ExtractedArticle[] = [];
  let used = 0;
  sizes.forEach((count, f) => {
    const indices = [...positions.slice(used, used + count), size + 1_000_000 + f];
    used += count;
    const built = buildFamily(model, seed, f, indices, outlets);
    built.articles.slice(0, count).forEach((a, m) => planted.set(indices[m]!, a));
    heldOut.push(built.articles[count]!);
    families.push({ ...built.family, members: built.family.members.slice(0, count) });
  });
  const generate = (index: number) =>
    randomArticle(model, makeRng(seedOf(seed, index)), outlets, index);
  return {
    seed,
    size,
    source,
    outlets,
    families,
    heldOut,
    articleAt: (index) => planted.get(index) ?? generate(index),
    freshArticle: (k) => generate(size + k),
  };
}

import type { ArticleMatch, RelatedView } from '../../match-result';
import { fingerprintText } from '../../engine/index';
import { openDb } from '../../store/db';
import { matchArticle } from '../../store/match-article';
import { saveArticle } from '../../store/save-article';
import { meterDate } from './meter-paths';
import type { MeterArticle, MeterCorpus, MeterSource } from './read-meter-corpus';

/** A labelled article with what the extension's matching found for it. */
export interface MeterResult {
  article: MeterArticle;
  /** Matches from other outlets (the PA sources), strongest first; `url` is `meter:<path>`. */
  matches: ArticleMatch[];
  /** For a brief no PA text shares a passage with: the story it most likely retells. */
  related?: RelatedView | null;
  /** Wall time of fingerprinting and matching this article, ms. */
  ms: number;
}

/** URL under which a PA source is stored, so matches point back to their file. */
export function sourceUrl(source: MeterSource): string {
  return `meter:${source.path}`;
}

/**
 * The evaluation protocol: every PA text is stored as an article of the outlet "PA" (in a
 * fresh IndexedDB through the extension's own store), then every labelled newspaper article is
 * matched against the whole store exactly as the extension matches the page being read. Both
 * carry their date folder as published date, as a page's metadata would.
 */
export async function runMeterMatching(
  corpus: MeterCorpus,
  dbName = `meter-eval-${Date.now()}`,
): Promise<MeterResult[]> {
  const db = openDb(dbName);
  try {
    for (const source of corpus.sources) {
      const paragraphs = source.text.split('\n\n');
      const article = {
        title: source.path,
        byline: null,
        outlet: 'PA',
        url: sourceUrl(source),
        publishedTime: meterDate(source.date),
        modifiedTime: null,
        lang: 'en',
        paragraphs,
        text: source.text,
        credits: ['PA'],
      };
      await saveArticle(db, article, fingerprintText(source.text), 0);
    }
    const results: MeterResult[] = [];
    for (const article of corpus.articles) {
      const start = performance.now();
      const report = await matchArticle(db, {
        text: article.text,
        outlet: article.paper,
        publishedTime: meterDate(article.date),
      });
      results.push({
        article,
        matches: [...report.otherOutlets, ...report.chanceOverlaps],
        related: report.related,
        ms: performance.now() - start,
      });
    }
    return results;
  } finally {
    db.close();
    await db.delete();
  }
}

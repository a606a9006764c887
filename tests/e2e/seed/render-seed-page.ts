import { escapeHtml, inlineHtml } from './escape-html.ts';
import type { SeedStory } from './parse-seed-text.ts';

/** The outlet a seed is served as. */
export interface SeedOutlet {
  name: string;
  /** Path of the article on the outlet's host. */
  path: string;
}

/**
 * Renders a parsed seed as a news page the way outlets publish one: site header, JSON-LD
 * NewsArticle, headline, byline, `<time>`, photo with credit, body, footer. Canonical URLs
 * use `%ORIGIN%`, which the site server fills in.
 */
export function renderSeedPage(story: SeedStory, outlet: SeedOutlet): string {
  const headline = story.headline ?? `Wire report${story.date ? `, ${story.date}` : ''}`;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(story.date ? { datePublished: `${story.date}T10:00:00Z` } : {}),
    ...(story.byline
      ? { author: { '@type': 'Organization', name: story.byline.replace(/^By /, '') } }
      : {}),
    publisher: { '@type': 'Organization', name: outlet.name },
  };
  const figure = story.credits.length
    ? `<figure><div style="height:120px;background:#aab"></div><figcaption>${story.credits.map(escapeHtml).join(' ')}</figcaption></figure>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(headline)} | ${escapeHtml(outlet.name)}</title>
<link rel="canonical" href="%ORIGIN%${outlet.path}">
<meta property="og:site_name" content="${escapeHtml(outlet.name)}">
<meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>
</head><body>
<header><a href="/">${escapeHtml(outlet.name)}</a> <nav><a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article>
<h1>${escapeHtml(headline)}</h1>
${story.byline ? `<p class="byline">${escapeHtml(story.byline)}</p>` : ''}
${story.date ? `<time datetime="${story.date}">${story.date}</time>` : ''}
${figure}
${story.paragraphs.map((p) => `<p>${inlineHtml(p)}</p>`).join('\n')}
</article></main>
<footer><p>© ${escapeHtml(outlet.name)}</p></footer>
</body></html>`;
}

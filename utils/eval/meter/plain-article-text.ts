/** A newspaper file's text: paragraphs at blank lines, wrapped lines joined, spaces tidied. */
export function plainArticleText(raw: string): string {
  return raw
    .split(/\n[^\S\n]*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Gives HTML the `<html>` and `<body>` elements a browser's parser would infer. linkedom
 * does not infer them: without `<html>` the first fragment element becomes the document
 * element, and without `<body>` the content sits outside `document.body`.
 */
export function ensureHtmlDocument(html: string): string {
  const start = html.slice(0, 200000);
  if (!/<html[\s>]/i.test(start)) {
    return /<(head|body)[\s>]/i.test(start)
      ? ensureHtmlDocument(`<!DOCTYPE html><html>${html}</html>`)
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  }
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  const htmlTag = /<html[^>]*>/i.exec(html);
  const at = headEnd
    ? headEnd.index + headEnd[0].length
    : (htmlTag?.index ?? 0) + (htmlTag?.[0].length ?? 0);
  const closing = html.search(/<\/html\s*>/i);
  const end = closing > at ? closing : html.length;
  return `${html.slice(0, at)}<body>${html.slice(at, end)}</body>${html.slice(end)}`;
}

/**
 * Turns a Press Association wire file into article text: the wire's control characters and
 * rule lines go (a rule ends a paragraph), lines wrapped at 80 columns are joined, and each paragraph (ended by '<' on
 * the wire) becomes a paragraph separated by a blank line. Text without '<' markers is
 * taken as ordinary blank-line-separated paragraphs.
 */
export function wireCopyText(raw: string): string {
  const lines = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').split('\n');
  const marked = lines.some((line) => /<\s*$/.test(line));
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  for (const line of lines) {
    if (/^\s*-{5,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (!line.trim()) {
      if (!marked) flush();
      continue;
    }
    current.push(line.replace(/<\s*$/, ''));
    if (marked && /<\s*$/.test(line)) flush();
  }
  flush();
  return paragraphs.join('\n\n');
}

import { REWORDED_LEAD, SHARED_PHRASES, UNSHARED_PHRASES } from './expected.ts';

/** Lower-case, straight quotes, single spaces: highlights are compared on words, not typography. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Judges the popup's `<mark data-shared>` texts: every known shared phrase must sit inside
 * one highlighted passage, and outlet-b's own text (reworded lead, added "Related article"
 * line) must not be highlighted.
 */
export function checkHighlights(
  marks: string[],
): { name: string; passed: boolean; detail: string }[] {
  const texts = marks.map(plain);
  const missing = SHARED_PHRASES.filter((p) => !texts.some((t) => t.includes(plain(p))));
  const lead = plain(REWORDED_LEAD);
  const wrong = [
    ...UNSHARED_PHRASES.filter((p) => texts.some((t) => t.includes(plain(p)))),
    ...texts.filter((t) => t && lead.includes(t)),
  ];
  const words = texts.join(' ').split(' ').filter(Boolean).length;
  return [
    {
      name: 'shared passages are highlighted (mark[data-shared])',
      passed: marks.length > 0 && missing.length === 0,
      detail: `${marks.length} marks, ${words} words highlighted${missing.length ? `; not highlighted: ${missing.map((m) => `"${m}"`).join(', ')}` : ''}`,
    },
    {
      name: "outlet-b's own text is not highlighted",
      passed: wrong.length === 0,
      detail: wrong.length
        ? `highlighted anyway: ${wrong.map((w) => `"${w}"`).join(', ')}`
        : 'reworded lead and "Related article" line unmarked',
    },
  ];
}

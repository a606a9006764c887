import { NON_WORD_CHAR } from './char-ranges.ts';
import { WIRE_AGENCIES } from './wire-agencies.ts';

/** Dateline like "PARIS (AFP) -", "KYIV, Ukraine (AP) —", "MADRID, 17 oct (EFE).-". */
const DATELINE = /^[^()]{0,80}\(([^()]{2,60})\)\s*\.?\s*[-–—:]/u;
/** Chinese wire dateline "新华社北京10月17日电" and Japanese "【ワシントン共同】". */
const CJK_DATELINE = /^[^。，,]{2,30}电|^【[^】]{1,20}】/u;
/** Phrases that mark a short paragraph as a credit line rather than article prose. */
const CREDIT_CUE =
  /reporting by|writing by|editing by|additional reporting|contributed to this|compiled by|files from|material (from|von)|mit material|avec agences|con información de|com agências|来源[:：]|出典[:：]|©|copyright|all rights reserved|\b(source|sources|quelle|fuente|fonte|agences?|agencies|with|avec|mit|con)\s*[:/]/i;
/** "With AFP" style lines: only short ones, or any paragraph opening with "With" would qualify. */
const WITH_LINE = /^\W*(with|avec|mit|con|com)\b.{0,60}$/i;
const MAX_CREDIT_LINE = 250;
const DATELINE_PARAGRAPHS = 3;
const GLOBAL_PATTERNS = WIRE_AGENCIES.map(
  (agency) => new RegExp(agency.pattern.source, agency.pattern.flags + 'g'),
);
/** What may surround agency names on a line that is nothing but credits ("— AFP/dpa"). */
const CREDIT_FILLER = new RegExp(
  `^${NON_WORD_CHAR}*((and|with|avec|mit|et|und|y|e|con|by|the|\\d{4})${NON_WORD_CHAR}*)*$`,
  'i',
);

/**
 * Wire agencies credited by the article: in its byline and author metadata, in a dateline
 * at the start of the text, or in short credit lines ("Reporting by...", "— AFP",
 * "© 2024 The Associated Press"). Prose that merely mentions an agency does not count.
 */
export function detectCredits(bylines: readonly string[], paragraphs: readonly string[]): string[] {
  const contexts = [...bylines];
  // The dateline opens the story, but a stray caption or standfirst may come before it.
  for (const opening of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const dateline = DATELINE.exec(opening)?.[1] ?? CJK_DATELINE.exec(opening)?.[0];
    if (dateline) contexts.push(dateline);
  }
  for (const paragraph of paragraphs) {
    if (paragraph.length <= MAX_CREDIT_LINE && isCreditLine(paragraph)) contexts.push(paragraph);
  }
  return agenciesIn(contexts);
}

/** Normalised names of the agencies named anywhere in the given texts, in table order. */
export function agenciesIn(texts: readonly string[]): string[] {
  return WIRE_AGENCIES.filter((agency) => texts.some((text) => agency.pattern.test(text))).map(
    (a) => a.name,
  );
}

function isCreditLine(paragraph: string): boolean {
  return CREDIT_CUE.test(paragraph) || WITH_LINE.test(paragraph) || namesOnlyAgencies(paragraph);
}

/** True for a text that is nothing but agency names and filler: "AFP", "By AP and Reuters". */
export function namesOnlyAgencies(text: string): boolean {
  // Most lines name no agency. Testing that first with the patterns agenciesIn uses anyway
  // spares compiling the global copies on a site's first page (tests/bench/RESULTS.md).
  if (!WIRE_AGENCIES.some((agency) => agency.pattern.test(text))) return false;
  let rest = text;
  for (const pattern of GLOBAL_PATTERNS) rest = rest.replace(pattern, ' ');
  return rest !== text && CREDIT_FILLER.test(rest);
}

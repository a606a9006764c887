import type { Rng } from './rng';

/** A re-spelling an outlet's style guide might make ("Zelenskyy" → "Zelensky"). */
export function respell(word: string): string {
  const rules: [RegExp, string][] = [
    [/yy$/, 'y'],
    [/y$/, 'i'],
    [/ck/, 'k'],
    [/ei/, 'ey'],
    [/ov$/, 'off'],
    [/([^aeiou])([aeiou])([^aeiou])$/, '$1$2$3$3'],
  ];
  for (const [pattern, replacement] of rules)
    if (pattern.test(word)) return word.replace(pattern, replacement);
  return word + 'e';
}

/** Capitalised words in the middle of sentences: names an outlet may spell its own way. */
export function findNames(paragraphs: readonly string[], rng: Rng, count: number): string[] {
  const names = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(/(?<=[a-z,] )[A-Z][a-z]{4,}(?=[ ,.])/g)) names.add(m[0]);
  }
  const all = [...names];
  const picked: string[] = [];
  while (picked.length < count && all.length > 0)
    picked.push(all.splice(rng.int(0, all.length - 1), 1)[0]!);
  return picked;
}

/** Replaces whole-word occurrences of each name by its re-spelling. */
export function applyRespellings(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), respell(name));
  return out;
}

/** An outlet's house style for punctuation, chosen once per republication. */
export interface PunctuationStyle {
  curlyQuotes: boolean;
  emDashes: boolean;
  squareBrackets: boolean;
  noSerialComma: boolean;
}

/** Draws a house style. */
export function drawStyle(rng: Rng): PunctuationStyle {
  return {
    curlyQuotes: rng.chance(0.5),
    emDashes: rng.chance(0.4),
    squareBrackets: rng.chance(0.3),
    noSerialComma: rng.chance(0.3),
  };
}

/** Applies a house style to one paragraph. */
export function applyStyle(text: string, style: PunctuationStyle): string {
  let out = text;
  if (style.curlyQuotes)
    out = out
      .replace(/"(?=\w)/g, '“')
      .replace(/"/g, '”')
      .replace(/'/g, '’');
  if (style.emDashes) out = out.replace(/ - /g, ' — ');
  if (style.squareBrackets) out = out.replace(/\(/g, '[').replace(/\)/g, ']');
  if (style.noSerialComma) out = out.replace(/, and /g, ' and ');
  return out;
}

const BOMS: readonly [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * Decodes a saved page's bytes: byte-order mark; else UTF-8 when the bytes are valid UTF-8;
 * else the `<meta charset>` / `http-equiv` declaration in the first 4 KB; else
 * windows-1252 (old Western pages), as browsers fall back.
 * Throws when the bytes are not text (NUL bytes in a UTF-8 page mean a binary file).
 */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b))
      return new TextDecoder(encoding).decode(bytes.subarray(bom.length));
  }
  if (bytes.subarray(0, 65536).includes(0)) throw new Error('the file is binary, not an HTML page');
  // Valid UTF-8 with non-ASCII text is almost never an accident of another encoding, while
  // saved pages often keep a stale <meta charset>: UTF-8 that decodes cleanly wins.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
    const encoding =
      declared && declared !== 'utf-8' && isSupported(declared) ? declared : 'windows-1252';
    return windows1252Fix(new TextDecoder(encoding).decode(bytes), encoding);
  }
}

function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

/** Characters of windows-1252 bytes 0x80-0x9F (undefined bytes keep their code point). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const LATIN1_LABELS =
  /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|ascii|us-ascii|iso_8859-1)$/;

/**
 * Node's TextDecoder reads windows-1252 (and the ISO-8859-1 labels that mean it) as plain
 * Latin-1, turning curly quotes and dashes into control characters; browsers do not.
 */
function windows1252Fix(text: string, encoding: string): string {
  if (!LATIN1_LABELS.test(encoding)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

const BOMS: readonly [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * Decodes a saved page's bytes the way a browser would in outline: byte-order mark, then
 * the `<meta charset>` / `http-equiv` declaration in the first 4 KB, else UTF-8.
 * Throws when the bytes are not text (NUL bytes in a UTF-8 page mean a binary file).
 */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b))
      return new TextDecoder(encoding).decode(bytes.subarray(bom.length));
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  const encoding = declared && isSupported(declared) ? declared : 'utf-8';
  const sample = bytes.subarray(0, 65536);
  if (encoding === 'utf-8' && sample.includes(0))
    throw new Error('the file is binary, not an HTML page');
  return new TextDecoder(encoding).decode(bytes);
}

function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

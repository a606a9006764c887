/**
 * Decodes bytes of an older text archive: UTF-8 when valid, else Windows-1252 (a superset of
 * Latin-1 used by most 1990s-2000s English corpora). Line endings become '\n'.
 */
export function decodeLegacyText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

import { describe, expect, it } from 'vitest';
import { langAttr } from '../../../utils/text-lang';

describe('langAttr', () => {
  it('keeps well-formed language tags', () => {
    for (const tag of ['ar', 'en-US', 'pt-BR', 'zh-Hant-TW', 'fil'])
      expect(langAttr(tag)).toBe(tag);
  });

  it('drops what a page may put there that is not a tag', () => {
    for (const junk of [null, undefined, '', 'en_US', 'english please', '"><b>', 'x', 'ar-']) {
      expect(langAttr(junk)).toBeUndefined();
    }
  });
});

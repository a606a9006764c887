/**
 * An article's language as an HTML `lang` attribute, or none. The value comes from the page
 * (its `<html lang>`): a well-formed BCP 47 tag ("ar", "pt-BR", "zh-Hant-TW") is kept, so that
 * screen readers speak the text in its language and the browser picks the right glyphs (a
 * Japanese text shown with Chinese forms of the same characters); anything else is dropped.
 */
export function langAttr(lang: string | null | undefined): string | undefined {
  return lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? lang : undefined;
}

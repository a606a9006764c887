import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectParagraphs } from '../../../utils/extract/collect-paragraphs.ts';
import { articleText } from '../../../utils/extract/article-text.ts';
import { hasJunkPart, removeJunkElements } from '../../../utils/extract/remove-junk-elements.ts';
import { isDateLine } from '../../../utils/extract/is-date-line.ts';

function root(html: string): Element {
  const { document } = parseHTML(
    `<html><head></head><body><div id="root">${html}</div></body></html>`,
  );
  return document.getElementById('root') as unknown as Element;
}

/**
 * An article element's paragraphs as the extension makes them: the content script's part
 * (furniture elements removed, each block's text) then the background's (the text rules).
 */
function articleParagraphs(content: Element, title: string, byline: string | null) {
  removeJunkElements(content);
  return articleText(collectParagraphs(content), title, byline);
}

const PROSE = 'The council approved the plan on Monday after a long debate about its cost.';

describe('collectParagraphs', () => {
  it.each([
    ['<p>One  \n two</p><p>Three</p>', ['One two', 'Three']],
    [
      '<div>First run<br><br>Second run<br>same paragraph</div>',
      ['First run', 'Second run same paragraph'],
    ],
    ['<p>Before <b>bold <i>nested</i></b> after</p>', ['Before bold nested after']],
    ['<ul><li>Item one</li><li>Item two</li></ul>', ['Item one', 'Item two']],
    [
      '<h2><a href="/r">Linked subhead stays</a></h2><p>' + PROSE + '</p>',
      ['Linked subhead stays', PROSE],
    ],
    ['<p><a href="/a">A teaser that is only a link</a></p><p>' + PROSE + '</p>', [PROSE]],
    ['<td><a href="/">Home</a><br><a href="/n">News</a></td><p>' + PROSE + '</p>', [PROSE]],
    [
      '<p>He told <a href="/x">the committee</a> that ' + PROSE + '</p>',
      ['He told the committee that ' + PROSE],
    ],
    ['<p>   </p><p></p>', []],
    ['<p>Ein&shy;mal\u200b-Pass&shy;wort&nbsp;für&nbsp;Mac</p>', ['Einmal-Passwort für Mac']],
    [
      '<p>\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645</p>',
      ['\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645'],
    ],
  ])('%s', (html, expected) => {
    expect(collectParagraphs(root(html))).toEqual(expected);
  });
});

describe('articleParagraphs', () => {
  it('drops captions, credits, prompts and a repeated headline, byline and date', () => {
    const html = `
      <h1>Port strike ends</h1><p>By Jane Roe</p><p>17 October 2024, 10:32</p>
      <p>${PROSE}</p>
      <figure><img src="a.jpg"><figcaption>Dockers on the quay. Photo: AFP</figcaption></figure>
      <div class="image-block"><img src="b.jpg"><p>A caption without figure markup.</p><p>Picture: Archive</p></div>
      <div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
      <p>Sign up for our daily newsletter</p>
      <p>Second paragraph. ${PROSE}</p>
      <p>Copyright 2024 The Associated Press. All rights reserved.</p>`;
    expect(articleParagraphs(root(html), 'Port strike ends', null)).toEqual({
      paragraphs: [PROSE, `Second paragraph. ${PROSE}`],
      copyrightLines: ['Copyright 2024 The Associated Press. All rights reserved.'],
      byline: 'Jane Roe',
    });
  });

  it('keeps prose paragraphs whatever their class', () => {
    const long = `${PROSE} ${PROSE} ${PROSE}`;
    const html = `<p class="paywall">${long}</p><p class="related-link">Related: other story</p>`;
    expect(articleParagraphs(root(html), 'Title', null).paragraphs).toEqual([long]);
  });

  it('drops embedded social posts', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p>Ferries are back!</p>— Port (@port) March 10</blockquote>';
    expect(articleParagraphs(root(`<p>${PROSE}</p>${tweet}`), 'Title', null).paragraphs).toEqual([
      PROSE,
    ]);
  });

  it('keeps the first of repeated paragraphs', () => {
    const html = `<p>${PROSE}</p><p>Yes.</p><p>${PROSE}</p><p>Yes.</p>`;
    expect(articleParagraphs(root(html), 'Title', null).paragraphs).toEqual([
      PROSE,
      'Yes.',
      'Yes.',
    ]);
  });

  it('drops short date lines at the top but not short sentences', () => {
    const html = `<p>Updated 3 hours ago</p><p>Oct. 17, 2024</p><p>He was 45.</p><p>${PROSE}</p>`;
    expect(articleParagraphs(root(html), 'Title', null).paragraphs).toEqual(['He was 45.', PROSE]);
  });

  it('keeps an inline image paragraph and a long block with a junk-looking class', () => {
    const long = `${PROSE} ${PROSE} ${PROSE} ${PROSE} ${PROSE} ${PROSE} ${PROSE} ${PROSE} ${PROSE}`;
    const html = `<p>${PROSE} <img src="icon.png"> And more.</p><div class="related-wrapper"><p>${long}</p></div>`;
    expect(articleParagraphs(root(html), 'Title', 'Someone').paragraphs).toEqual([
      `${PROSE} And more.`,
      long,
    ]);
    const listItem = '<div class="item"><h2>1. The first thing to know</h2><img src="x.jpg"></div>';
    expect(articleParagraphs(root(listItem), 'Title', null).paragraphs).toEqual([
      '1. The first thing to know',
    ]);
  });
});

describe('hasJunkPart', () => {
  it.each([
    ['c-article__share-bar', true],
    ['adSlot', true],
    ['image-caption', true],
    ['newsletter_signup', true],
    ['article-body content', false],
    ['header shadow', false],
    ['loaded download', false],
  ])('%s -> %s', (names, expected) => {
    expect(hasJunkPart(names)).toBe(expected);
  });
});

describe('isDateLine', () => {
  it.each([
    ['Feb. 21, 2019', true],
    ['Updated 3 hours ago', true],
    ['1:39 PM ET', true],
    ['Thu 17 Oct 2024 10.32 BST', true],
    ['2016年10月14日 07:17', true],
    ['Sept. 25, 2018', true],
    ['In 2019, he said.', false],
    ['He was 45.', false],
    ['The vote was 52-48.', false],
    ['No digits here at all', false],
    ['Publié le 3 mars 2024 à 10h', false],
  ])('%s -> %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});

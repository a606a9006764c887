import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { positionAt, readPageText } from '../../../utils/page-highlight/page-text';

function body(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

describe('readPageText', () => {
  it('reads what a reader sees: blocks on their own lines, inline markup joined, scripts and hidden parts left out', () => {
    const page = readPageText(
      body(
        '<nav><a href="/">Home</a><a href="/news">News</a></nav>' +
          '<script>var ad = "not text";</script><style>p { color: red }</style>' +
          '<article><h1>Ferry back</h1>' +
          '<p>Olek<b>sandr</b> Brovchenko said <a href="/x">the <em>ferry</em></a> sailed.</p>' +
          '<p hidden>A copy kept hidden for another layout.</p>' +
          '<p>Second<br>line</p><template><p>never shown</p></template></article>',
      ),
    );
    expect(page.text).toBe(
      'HomeNews\nFerry back\nOleksandr Brovchenko said the ferry sailed.\nSecond\nline\n',
    );
  });

  it('maps every offset of the text back to its text node', () => {
    const page = readPageText(body('<p>Olek<b>sandr</b> said</p><p>Next</p>'));
    const at = page.text.indexOf('sandr');
    expect(positionAt(page, at, 'start')).toMatchObject({ offset: 0 });
    expect(positionAt(page, at, 'start')!.node.data).toBe('sandr');
    // An end offset at a node's end belongs to that node, not to the next one.
    expect(positionAt(page, at + 5, 'end')!.node.data).toBe('sandr');
    expect(positionAt(page, at + 5, 'end')!.offset).toBe(5);
    expect(positionAt(page, page.text.indexOf('Next') + 2, 'start')).toMatchObject({ offset: 2 });
    // The line break between blocks is in no node: it maps to the end of the text before it.
    const br = page.text.indexOf('\n');
    expect(positionAt(page, br, 'start')).toMatchObject({ offset: ' said'.length });
    expect(positionAt(page, br + 1, 'start')!.node.data).toBe('Next');
  });

  it('reads a page nested thousands of elements deep without overflowing the stack', () => {
    const depth = 20_000;
    const page = readPageText(
      body(`${'<span>'.repeat(depth)}deep words${'</span>'.repeat(depth)}`),
    );
    expect(page.text).toBe('deep words');
  });
});

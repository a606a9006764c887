import { describe, expect, it } from 'vitest';
import { toolbarBadge } from '../../../utils/toolbar-badge';

describe('toolbarBadge', () => {
  it('counts other outlets on the badge and says what it counts in the tooltip', () => {
    expect(toolbarBadge(1)).toEqual({
      text: '1',
      title: 'Wiretrace: 1 other outlet shares text with this article',
    });
    expect(toolbarBadge(12)).toEqual({
      text: '12',
      title: 'Wiretrace: 12 other outlets share text with this article',
    });
  });

  it('shows no badge and the plain name when nothing is shared', () => {
    for (const n of [0, -1, Number.NaN])
      expect(toolbarBadge(n)).toEqual({ text: '', title: 'Wiretrace' });
  });
});

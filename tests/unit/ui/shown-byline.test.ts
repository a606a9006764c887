import { describe, expect, it } from 'vitest';
import { shownByline } from '../../../utils/shown-byline';

describe('shownByline', () => {
  it('drops a byline that only names the credited agencies', () => {
    expect(shownByline('AFP', ['AFP'])).toBeUndefined();
    expect(shownByline('By The Associated Press', ['AP'])).toBeUndefined();
    expect(shownByline('Agence France-Presse', ['AFP'])).toBeUndefined();
    expect(shownByline('AFP and Reuters', ['AFP', 'Reuters'])).toBeUndefined();
  });

  it('keeps a byline naming a reporter, or an agency the credits leave out', () => {
    expect(shownByline('Jane Roe, AFP', ['AFP'])).toBe('Jane Roe, AFP');
    expect(shownByline('By Jane Roe', ['AFP'])).toBe('By Jane Roe');
    expect(shownByline('AFP and Reuters', ['AFP'])).toBe('AFP and Reuters');
    expect(shownByline('AFP', [])).toBe('AFP');
  });

  it('has nothing to show for no byline', () => {
    expect(shownByline(undefined, ['AFP'])).toBeUndefined();
    expect(shownByline(null, ['AFP'])).toBeUndefined();
    expect(shownByline('', [])).toBeUndefined();
  });
});

import { stripInertElements, isConsentOverlay } from './strip-inert-elements.ts';
import { isDeepWrapper } from './flatten-deep-nesting.ts';

/**
 * Readies a cloned document for Readability in one pass over its elements: removes
 * scripts, styles, icons and iframes, removes cookie/consent overlays, and dissolves
 * wrappers nested absurdly deep (thousands of unclosed tags make Readability's ancestor
 * walks take seconds). Call it on a clone only: it edits the tree.
 */
export function prepareClone(doc: Document): void {
  stripInertElements(doc);
  const overlays: Element[] = [];
  const deep: Element[] = [];
  // Elements in document order with their nesting level, walked by hand: a level kept per
  // element and a list of them all cost the content script more (tests/bench/RESULTS.md).
  let element: Element | null = doc.documentElement;
  let level = 1;
  while (element) {
    if ((element.id || element.getAttribute('class')) && isConsentOverlay(element))
      overlays.push(element);
    else if (isDeepWrapper(element, level)) deep.push(element);
    if (element.firstElementChild) {
      element = element.firstElementChild;
      level++;
      continue;
    }
    while (element && !element.nextElementSibling) {
      element = element.parentElement;
      level--;
    }
    element = element?.nextElementSibling ?? null;
  }
  for (const element of overlays) element.remove();
  for (const element of deep) element.replaceWith(...Array.from(element.childNodes));
}

import {
  CONSENT_CANDIDATES,
  isConsentOverlay,
  stripInertElements,
} from './strip-inert-elements.ts';
import { isDeepWrapper } from './flatten-deep-nesting.ts';

/**
 * Readies a cloned document for Readability: removes scripts, styles, icons and iframes,
 * removes cookie/consent overlays (candidates found by a selector), and dissolves
 * wrappers nested absurdly deep (thousands of unclosed tags make Readability's ancestor
 * walks take seconds). Call it on a clone only: it edits the tree.
 */
export function prepareClone(doc: Document): void {
  stripInertElements(doc);
  const overlays = Array.from(doc.querySelectorAll(CONSENT_CANDIDATES)).filter(isConsentOverlay);
  const deep: Element[] = [];
  // Elements in document order with their nesting level, walked by hand: a level kept per
  // element and a list of them all cost the content script more (tests/bench/RESULTS.md).
  let element: Element | null = doc.documentElement;
  let level = 1;
  while (element) {
    if (isDeepWrapper(element, level) && !overlays.includes(element)) deep.push(element);
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

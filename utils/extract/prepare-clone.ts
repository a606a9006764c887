import {
  CONSENT_CANDIDATES,
  isConsentOverlay,
  stripInertElements,
} from './strip-inert-elements.ts';
import { isWrapper, TOO_DEEP } from './flatten-deep-nesting.ts';

/**
 * Readies a cloned document for Readability: removes scripts, styles, icons and iframes,
 * removes cookie/consent overlays (candidates found by a selector), and dissolves
 * wrappers nested absurdly deep (thousands of unclosed tags make Readability's ancestor
 * walks take seconds). Call it on a clone only: it edits the tree.
 */
export function prepareClone(doc: Document): void {
  stripInertElements(doc);
  const overlays = Array.from(doc.querySelectorAll(CONSENT_CANDIDATES)).filter(isConsentOverlay);
  const deep = Array.from(doc.querySelectorAll(TOO_DEEP)).filter(
    (element) => isWrapper(element) && !overlays.includes(element),
  );
  for (const element of overlays) element.remove();
  for (const element of deep) dissolve(element);
}

/** Puts an element's children in its place, one by one: there may be more than a call takes. */
function dissolve(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  element.remove();
}

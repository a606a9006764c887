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
  const depth = new Map<Element, number>();
  const overlays: Element[] = [];
  const deep: Element[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const parent = element.parentElement;
    const level = (parent ? (depth.get(parent) ?? 0) : 0) + 1;
    depth.set(element, level);
    if ((element.id || element.getAttribute('class')) && isConsentOverlay(element))
      overlays.push(element);
    else if (isDeepWrapper(element, level)) deep.push(element);
  }
  for (const element of overlays) element.remove();
  for (const element of deep) element.replaceWith(...Array.from(element.childNodes));
}

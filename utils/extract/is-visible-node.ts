const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Visibility test for Readability's `isProbablyReaderable` that reads attributes only,
 * so it gives the same answer in a browser and in linkedom (which has no layout and only
 * a partial CSSOM): inline `display:none`/`visibility:hidden`, `hidden`, `aria-hidden`.
 */
export function isVisibleNode(node: Node): boolean {
  const element = node as Element;
  if (typeof element.getAttribute !== 'function') return true;
  if (element.hasAttribute('hidden')) return false;
  if (element.getAttribute('aria-hidden') === 'true') return false;
  return !HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

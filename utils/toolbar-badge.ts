import { plural } from './plural';

/** What the toolbar button shows for a tab: a badge and the tooltip that explains it. */
export interface ToolbarBadge {
  text: string;
  title: string;
}

/**
 * The badge counts the other outlets sharing text with the tab's article; the tooltip says
 * so in words, since a bare number means nothing to a new reader or a screen reader.
 */
export function toolbarBadge(outlets: number): ToolbarBadge {
  if (!(outlets > 0)) return { text: '', title: 'Wiretrace' };
  const verb = outlets === 1 ? 'shares' : 'share';
  return {
    text: String(outlets),
    title: `Wiretrace: ${plural(outlets, 'other outlet')} ${verb} text with this article`,
  };
}

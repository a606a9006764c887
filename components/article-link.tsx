import type { ComponentChildren } from 'preact';
import { isPastedUrl } from '../utils/pasted-article';

interface ArticleLinkProps {
  url: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * An article's page, opened in a new tab. A text pasted into "Check a text" and saved without
 * a URL has a made-up address that leads nowhere: its children are then plain text.
 */
export function ArticleLink({ url, class: className, children }: ArticleLinkProps) {
  if (isPastedUrl(url)) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

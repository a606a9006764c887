import type { ComponentChildren } from 'preact';
import { isPastedUrl } from '../utils/pasted-article';

interface ArticleLinkProps {
  url: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * An article's page, opened in a new tab. A text pasted into "Check a text" and saved without
 * a URL has a made-up address that leads nowhere: its children are then plain text. Its words
 * (a title, an outlet) are the page's, in any script: dir="auto" isolates them, so an Arabic
 * title inside an English line keeps its own direction and leaves the line's alone.
 */
export function ArticleLink({ url, class: className, children }: ArticleLinkProps) {
  if (isPastedUrl(url))
    return (
      <span class={className} dir="auto">
        {children}
      </span>
    );
  return (
    <a class={className} href={url} target="_blank" rel="noopener noreferrer" dir="auto">
      {children}
    </a>
  );
}

import type { ComponentChildren } from 'preact';

/** A short explanation of why there is nothing (or not everything) to show. */
export function StatusNotice({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      <strong>{title}</strong>
      {children ? <div>{children}</div> : null}
    </div>
  );
}

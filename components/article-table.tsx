import type { ArticleRow } from '../utils/store/list-articles';
import { formatDate } from '../utils/format-date';
import { plural } from '../utils/plural';
import { isPastedUrl } from '../utils/pasted-article';

interface ArticleTableProps {
  rows: ArticleRow[];
  selectedId: number | null;
  onSelect(id: number): void;
  onDelete(row: ArticleRow): void;
}

/** The saved articles, in the order the page asked for, one row each. */
export function ArticleTable({ rows, selectedId, onSelect, onDelete }: ArticleTableProps) {
  return (
    <table class="article-table">
      <thead>
        <tr>
          <th>Outlet</th>
          <th>Title</th>
          <th>Published / seen</th>
          <th title="Other outlets sharing text">Shared by</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.id}
            data-article-url={row.url}
            class={row.id === selectedId ? 'selected' : undefined}
          >
            <td>
              <bdi>{row.outlet}</bdi>
            </td>
            <td>
              <button type="button" class="link" dir="auto" onClick={() => onSelect(row.id)}>
                {row.title || row.url}
              </button>
            </td>
            <td title={dateTitle(row)}>{formatDate(row.publishedTime ?? row.firstSeen)}</td>
            <td data-sharing-outlets={row.sharingOutlets} data-links-pending={row.linksPending}>
              {row.linksPending ? (
                <span class="muted" title="Imported: not yet compared with your other articles">
                  checking…
                </span>
              ) : row.sharingOutlets === 0 ? (
                '—'
              ) : (
                plural(row.sharingOutlets, 'outlet')
              )}
            </td>
            <td>
              <div class="row-actions">
                {isPastedUrl(row.url) ? null : (
                  <a href={row.url} target="_blank" rel="noopener noreferrer">
                    Open
                  </a>
                )}
                <button type="button" class="danger" onClick={() => onDelete(row)}>
                  Delete
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Which date the cell shows, and the other one: the list is ordered by when it was saved. */
function dateTitle(row: ArticleRow): string {
  const saved = `Saved ${formatDate(row.firstSeen)}`;
  const published = formatDate(row.publishedTime);
  return published ? `Published ${published} · ${saved}` : saved;
}

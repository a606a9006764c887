import { useEffect, useState } from 'preact/hooks';
import { readPausedSites } from '../../utils/paused-sites';
import { pausedSites, setSitePaused } from '../../utils/settings';

/** The sites paused from the popup, each with Resume; nothing while there are none. */
export function PausedSites() {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    void pausedSites.getValue().then((v) => setSites(readPausedSites(v)));
    // Paused in a popup while this page is open: the list follows.
    return pausedSites.watch((v) => setSites(readPausedSites(v)));
  }, []);
  if (sites.length === 0) return null;
  const resume = (site: string) => void setSitePaused(site, false).then(setSites);
  return (
    <details class="paused-sites" data-paused-list>
      <summary>Paused sites ({sites.length})</summary>
      <p class="muted">Wiretrace does not read or save pages on these sites.</p>
      <ul>
        {sites.map((site) => (
          <li key={site} data-paused-site={site}>
            {site}{' '}
            <button type="button" class="link" onClick={() => resume(site)}>
              Resume
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

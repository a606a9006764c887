import { useEffect, useState } from 'preact/hooks';
import { autoSave } from '../../utils/settings';

interface SettingsBarProps {
  /** The site of the tab's page, when it has one. */
  site: string | null;
  /** The paused site covering that page (itself or a parent domain), or null. */
  pausedBy: string | null;
  onPause(paused: boolean): void;
}

/** Footer: the auto-save switch, pausing Wiretrace on this site, the saved-article page. */
export function SettingsBar({ site, pausedBy, onPause }: SettingsBarProps) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void autoSave.getValue().then(setOn);
  }, []);
  const toggle = (checked: boolean) => {
    setOn(checked);
    void autoSave.setValue(checked);
  };
  return (
    <footer class="settings-bar">
      <label>
        <input
          type="checkbox"
          checked={on ?? true}
          disabled={on === null}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />{' '}
        Save articles automatically
      </label>
      {pausedBy ? (
        <span data-paused-site={pausedBy} title={`Paused on ${pausedBy}`}>
          Paused here ·{' '}
          <button type="button" class="link" data-resume onClick={() => onPause(false)}>
            Resume
          </button>
        </span>
      ) : site ? (
        <button
          type="button"
          class="link"
          data-pause
          title={`Stop reading and saving pages on ${site}`}
          onClick={() => onPause(true)}
        >
          Pause on this site
        </button>
      ) : null}
      <a href="/saved.html" target="_blank" rel="noopener">
        Saved articles
      </a>
    </footer>
  );
}

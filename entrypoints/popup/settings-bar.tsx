import { useEffect, useState } from 'preact/hooks';
import { autoSave } from '../../utils/settings';

/** Footer: the auto-save switch and the way to the saved-article page. */
export function SettingsBar() {
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
      <a href="/saved.html" target="_blank" rel="noopener">
        Saved articles
      </a>
    </footer>
  );
}

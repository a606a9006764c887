import { defineConfig } from 'wxt';

// Firefox gets Manifest V2 on purpose: in Firefox MV3, host access for content scripts
// is opt-in after install, so Wiretrace would silently see no article until the user
// found the permission toggle. MV2 keeps one persistent background page as well.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Wiretrace',
    description:
      "See which other outlets share an article's text, highlighted passage by passage. Everything stays on your device.",
    // storage: settings and per-tab results; unlimitedStorage: years of saved articles
    // must not hit the default origin quota.
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: 'Wiretrace' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wiretrace@wiretrace.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

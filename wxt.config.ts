import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { registryMatchPatterns } from './lib/sites';
import { PHISHING_LIST_FILE, phishingListData } from './scripts/phishing-list';
import { withoutInnerHtmlSinks } from './scripts/no-inner-html-sinks';

// The test build (WW_TEST_BUILD=1) adds <all_urls> so real-browser tests can capture without a
// toolbar click (captureVisibleTab needs activeTab or <all_urls>). The release build never has it.
const testBuild = process.env.WW_TEST_BUILD === '1';
// The opt-in guard (an unlisted script registered at run time) is as small as the wallet content script.
const GUARD_ENTRY = 'guard';
const EXTENSION_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// Firefox keys a user's data (IndexedDB, storage, granted permissions) to this id: it never
// changes. `data_collection_permissions` (none: everything stays on the machine) exists from
// Firefox 140 and Firefox for Android 142, hence the minimum versions (README, Firefox).
const FIREFOX_SETTINGS = {
  gecko: {
    id: '{9e6ca3ce-4bae-4a87-8a6e-dc811d5d95d7}',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  hooks: {
    // The offline phishing list, refreshed from the pinned npm package on every build (never fetched at run time).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: PHISHING_LIST_FILE, contents: JSON.stringify(phishingListData()) });
    },
    // The content script runs on every wallet page, so it stays small (bench budget: 25 kB); so does
    // the guard. They only call runtime.sendMessage, which returns a Promise natively in Chrome MV3 and Firefox, so
    // it uses WXT's plain `browser` global instead of webextension-polyfill (kept everywhere else).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === GUARD_ENTRY)) return;
      // WXT's content script context announces itself to the page: replaced by a silent one.
      const plain = fileURLToPath(import.meta.resolve('wxt/browser'));
      const silent = fileURLToPath(new URL('./lib/content/silent-context.ts', import.meta.url));
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) {
        for (const a of alias) if (a.find === 'wxt/browser') a.replacement = plain;
        alias.push({ find: 'wxt/utils/content-script-context', replacement: silent });
      } else {
        config.resolve.alias = { ...(alias as Record<string, string>), 'wxt/browser': plain, 'wxt/utils/content-script-context': silent };
      }
    },
  },
  outDir: testBuild ? '.output/test' : '.output',
  vite: () => ({ plugins: [withoutInnerHtmlSinks()] }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications', 'contextMenus'],
    // Firefox builds are MV2, which has no optional_host_permissions (WXT 0.21 drops the key):
    // the per-site origins a user adds under Sites are requested through optional_permissions.
    optional_permissions: browser === 'firefox' ? ['*://*/*'] : ['pageCapture'],
    host_permissions: [...registryMatchPatterns(), ...(testBuild ? ['<all_urls>'] : [])],
    optional_host_permissions: ['*://*/*'],
    // Extension pages run only their own scripts (issue 12 §2). MV3 takes an object, Firefox's
    // MV2 a string (MDN, content_security_policy).
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    action: { default_title: '__MSG_extName__' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    commands: {
      'capture-evidence': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandCapture__',
      },
    },
    browser_specific_settings: browser === 'firefox' ? FIREFOX_SETTINGS : undefined,
  }),
});

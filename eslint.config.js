import tseslint from 'typescript-eslint';

// The only HTML sink allowed is src/core/sanitize.ts; everything else renders through it.
const noHtmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Assign HTML only through sanitizeHtml (src/core/sanitize.ts).' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)$/]", message: 'Insert HTML only through sanitizeHtml (src/core/sanitize.ts).' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Never write HTML into a document.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render article HTML only through the SafeHtml component.' },
];

/*
 * Arrows one way (docs/ARCHITECTURE.md): core ← storage ← reactions ← ui ← shells, and core ← platform ← shells.
 * Each entry: the folder, and the folders its files may not import. Shells import core only through
 * src/core/index.ts; only src/platform/browser.ts imports the WebExtension API.
 */
const SHELLS = ['popup', 'reader', 'history', 'background', 'content', 'cli'];
const FORBIDDEN = {
  core: ['storage', 'reactions', 'kept', 'platform', 'ui', 'locales', ...SHELLS],
  storage: ['reactions', 'kept', 'platform', 'ui', 'locales', ...SHELLS],
  reactions: ['platform', 'ui', 'locales', 'kept', ...SHELLS],
  kept: ['reactions', 'platform', 'ui', 'locales', ...SHELLS],
  platform: ['storage', 'reactions', 'kept', 'ui', 'locales', ...SHELLS],
  ui: ['platform', 'locales', ...SHELLS],
  ...Object.fromEntries(SHELLS.map((shell) => [shell, ['locales', ...SHELLS.filter((other) => other !== shell)]])),
};
const NO_UI_LIBRARY = { group: ['preact', 'preact/*'], message: 'Only ui and the page shells render: keep this layer free of Preact.' };

function importRules(folder) {
  const patterns = [
    {
      regex: `^(\\.\\./)+(${FORBIDDEN[folder].join('|')})(/|$)`,
      message: `src/${folder} may not import this folder: arrows point one way (docs/ARCHITECTURE.md).`,
    },
    { regex: '^(\\.\\./)+core/(?!index$)', message: 'Import the core through src/core/index.ts, not its internals.' },
    { group: ['webextension-polyfill'], message: 'Reach the browser through src/platform/browser.ts.' },
  ];
  if (folder === 'core') patterns.splice(1, 1);
  if (['core', 'storage', 'reactions', 'kept', 'platform', 'cli', 'background', 'content'].includes(folder)) patterns.push(NO_UI_LIBRARY);
  return { files: [`src/${folder}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'dist-firefox-test/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...Object.keys(FORBIDDEN).map(importRules),
  // The one module that imports the WebExtension API.
  { files: ['src/platform/browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['chrome', 'browser', 'navigator', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'sessionStorage', 'indexedDB', 'speechSynthesis'].map((name) => ({
        name,
        message: 'The core depends only on a DOM Document: no browser, storage or network API.',
      }))],
    },
  },
);

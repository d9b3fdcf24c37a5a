import tseslint from 'typescript-eslint';

// The only HTML sink allowed is src/core/sanitize.ts; everything else renders through it.
const noHtmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Assign HTML only through sanitizeHtml (src/core/sanitize.ts).' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)$/]", message: 'Insert HTML only through sanitizeHtml (src/core/sanitize.ts).' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Never write HTML into a document.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render article HTML only through the SafeHtml component.' },
];

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
);

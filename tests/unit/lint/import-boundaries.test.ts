import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The import-direction messages ESLint gives for `code` as if it were the file at `filePath`. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the import-direction lint rules', () => {
  // Loading the config and the TypeScript parser is the slow part (seconds on a busy machine): once, up front.
  beforeAll(() => importErrors('src/core/x.ts', 'export {};'));

  it.each([
    ['src/core/text.ts', "import browser from '../platform/browser';", 'src/core may not import this folder'],
    ['src/core/summary/x.ts', "import { ReactionStore } from '../../reactions/store';", 'src/core may not import this folder'],
    ['src/core/x.ts', "import { h } from 'preact';", 'free of Preact'],
    ['src/core/x.ts', 'export const id = chrome.runtime.id;', 'only on a DOM Document'],
    ['src/storage/x.ts', "import { browserStorageArea } from '../platform/storage-area';", 'src/storage may not import this folder'],
    ['src/reactions/x.ts', "import { t } from '../ui/i18n';", 'src/reactions may not import this folder'],
    ['src/platform/x.ts', "import { t } from '../ui/i18n';", 'src/platform may not import this folder'],
    ['src/platform/x.ts', "import script from '../content/page-extractor';", 'src/platform may not import this folder'],
    ['src/ui/x.ts', "import browser from '../platform/browser';", 'src/ui may not import this folder'],
    ['src/popup/x.ts', "import { sanitizeHtml } from '../core/sanitize';", 'through src/core/index.ts'],
    ['src/popup/x.ts', "import { ReaderApp } from '../reader/reader-app';", 'src/popup may not import this folder'],
    ['src/reader/x.ts', "import browser from 'webextension-polyfill';", 'src/platform/browser.ts'],
  ])('%s: %s is refused', async (file, code, message) => {
    expect((await importErrors(file, code)).join('\n')).toContain(message);
  });

  it.each([
    ['src/popup/x.ts', "import { sanitizeHtml } from '../core';"],
    ['src/reader/x.ts', "import { ReactionStore } from '../reactions/store';\nimport browser from '../platform/browser';"],
    ['src/ui/x.ts', "import { readerSettings } from '../storage/reader-settings';\nimport { h } from 'preact';"],
    ['src/reactions/x.ts', "import type { Article } from '../core';\nimport { readItem } from '../storage/item';"],
    ['src/platform/x.ts', "import type { PageProblem } from '../core';"],
    ['src/platform/browser.ts', "import browser from 'webextension-polyfill';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

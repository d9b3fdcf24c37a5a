// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/reader/take-away';

describe('export file names', () => {
  it('are the title in lower-case letters and digits joined by dashes, any script, never empty', () => {
    expect(exportFileName('Zuckerberg says Meta won’t slow down', 'md')).toBe('zuckerberg-says-meta-won-t-slow-down.md');
    expect(exportFileName('Überall „Grüße“: 2025!', 'html')).toBe('überall-grüße-2025.html');
    expect(exportFileName('東京の天気', 'md')).toBe('東京の天気.md');
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc-passwd.md');
    expect(exportFileName('???', 'html')).toBe('article.html');
    expect(exportFileName('a'.repeat(200), 'md')).toBe(`${'a'.repeat(80)}.md`);
  });
});

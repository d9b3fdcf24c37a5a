import { describe, expect, it } from 'vitest';
import { isFirefoxPdfViewerIcon, reasonFromInjectionError, restrictedReason } from '../../../src/platform/restricted-pages';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://a.example/', 'browser-page'],
    ['edge://newtab', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://papers.example/report.PDF', 'pdf'],
    ['data:text/html,<p>hi', 'not-web'],
  ])('%s is %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it('lets ordinary pages and unknown URLs through to injection', () => {
    expect(restrictedReason('https://news.example/story')).toBeNull();
    expect(restrictedReason('http://127.0.0.1:8000/seed-article/')).toBeNull();
    expect(restrictedReason(undefined)).toBeNull();
  });
});

describe('reasonFromInjectionError', () => {
  it('maps the browser errors to reasons', () => {
    expect(reasonFromInjectionError('The extensions gallery cannot be scripted.', undefined)).toBe('web-store');
    expect(reasonFromInjectionError('Cannot access contents of url "file:///home/a.html".', 'file:///home/a.html')).toBe('local-file');
    expect(reasonFromInjectionError('Cannot access a chrome:// URL', undefined)).toBe('browser-page');
    expect(reasonFromInjectionError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.', undefined)).toBe('not-allowed');
    expect(reasonFromInjectionError('Frame with ID 0 was removed.', 'https://a.example/')).toBeNull();
  });
});

describe('isFirefoxPdfViewerIcon', () => {
  it('knows the icon Firefox gives a tab that shows its PDF viewer', () => {
    expect(isFirefoxPdfViewerIcon('chrome://global/skin/icons/pdf.svg')).toBe(true);
    expect(isFirefoxPdfViewerIcon('http://127.0.0.1:8000/favicon.ico')).toBe(false);
    expect(isFirefoxPdfViewerIcon(undefined)).toBe(false);
  });
});

import type { RestrictedReason } from '../platform/restricted-pages';

/** Message names of the title and text that explain each kind of page the browser does not let us read. */
export const RESTRICTED_MESSAGES: Record<RestrictedReason, { title: string; text: string }> = {
  'browser-page': { title: 'popupBrowserPageTitle', text: 'popupBrowserPageText' },
  'web-store': { title: 'popupWebStoreTitle', text: 'popupWebStoreText' },
  pdf: { title: 'popupPdfTitle', text: 'popupPdfText' },
  'local-file': { title: 'popupLocalFileTitle', text: 'popupLocalFileText' },
  'not-web': { title: 'popupNotWebTitle', text: 'popupNotWebText' },
  'not-allowed': { title: 'popupNotAllowedTitle', text: 'popupNotAllowedText' },
};

import { render } from 'preact';
import { browserMessages } from '../platform/i18n';
import { browserStorageArea } from '../platform/storage-area';
import { installMessages, t } from '../ui/i18n';
import { HistoryApp } from './history-app';
import { readImportInWorker } from './read-import';
import { historyServices } from './services';
import { browserSummarizer } from '../platform/on-device-summarizer';
import { keptReaderUrl } from '../platform/reader-page';
import { hasSitePermission, removeSitePermission } from '../platform/site-permissions';
import './history.css';

installMessages(browserMessages);
// The page speaks the browser's UI language (the one `_locales` was chosen for).
const uiLocale = browserMessages('@@ui_locale');
const lang = uiLocale ? uiLocale.replace(/_/g, '-') : undefined;
if (lang) document.documentElement.lang = lang;
document.documentElement.dir = browserMessages('@@bidi_dir') || 'ltr';
document.title = `${t('historyPageTitle')} – ${t('extName')}`;
const services = historyServices(browserStorageArea('local'), browserStorageArea('sync'), browserSummarizer(), {
  keptReaderUrl,
  sitePermissions: { has: hasSitePermission, remove: removeSitePermission },
  readImport: readImportInWorker,
});
render(<HistoryApp services={services} lang={lang} />, document.getElementById('app')!);

import { render } from 'preact';
import { browserMessages } from '../platform/i18n';
import { installMessages, t } from '../ui/i18n';
import { ReaderApp } from './reader-app';
import { browserReaderServices } from './services';
import './reader.css';

installMessages(browserMessages);
// The page's language is the one its interface strings are in; the article carries its own lang and dir.
document.documentElement.lang = t('readerUiLang');
render(<ReaderApp services={browserReaderServices()} />, document.getElementById('app')!);

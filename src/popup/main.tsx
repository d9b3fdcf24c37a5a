import { render } from 'preact';
import { browserMessages } from '../platform/i18n';
import { installMessages } from '../ui/i18n';
import { PopupApp } from './popup-app';
import { browserPopupServices } from './services';
import './popup.css';

installMessages(browserMessages);
render(<PopupApp services={browserPopupServices()} />, document.getElementById('app')!);

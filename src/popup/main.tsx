import { render } from 'preact';
import { PopupApp } from './popup-app';
import { browserPopupServices } from './services';
import './popup.css';

render(<PopupApp services={browserPopupServices()} />, document.getElementById('app')!);

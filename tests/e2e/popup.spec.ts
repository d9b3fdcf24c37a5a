import { popupFlows } from './flows/popup';
import { testFlows } from './fixtures';

testFlows(popupFlows);

import { popupFlows } from '../e2e/flows/popup';
import { testFlowsInFirefox } from './flows';

testFlowsInFirefox(popupFlows);

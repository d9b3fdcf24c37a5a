import { historyFlows } from '../e2e/flows/history';
import { testFlowsInFirefox } from './flows';

testFlowsInFirefox(historyFlows);

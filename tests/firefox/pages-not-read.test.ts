import { pagesNotReadFlows } from '../e2e/flows/pages-not-read';
import { testFlowsInFirefox } from './flows';

testFlowsInFirefox(pagesNotReadFlows);

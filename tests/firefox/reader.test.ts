import { readerFlows } from '../e2e/flows/reader';
import { testFlowsInFirefox } from './flows';

testFlowsInFirefox(readerFlows);

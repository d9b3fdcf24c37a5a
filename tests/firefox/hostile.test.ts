import { hostileFlows } from '../e2e/flows/hostile';
import { testFlowsInFirefox } from './flows';

testFlowsInFirefox(hostileFlows);

import { hostileFlows } from './flows/hostile';
import { testFlows } from './fixtures';

testFlows(hostileFlows);

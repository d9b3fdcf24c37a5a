import { readerFlows } from './flows/reader';
import { testFlows } from './fixtures';

testFlows(readerFlows);

/**
 * The popup's first script, and its only one before the page is read: it asks the tab for the article at once,
 * with no framework loaded, while Preact and the card (main.tsx) load beside it.
 */
import { startExtraction } from './early-extraction';

startExtraction(location.search);
void import('./main');

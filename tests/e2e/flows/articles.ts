/** What the flows know of the fixture articles (tests/fixtures/). */
export const SEED_TITLE = 'Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.';
export const SEED_SITE = 'Trendline Daily';
export const SECOND_TITLE = 'Port Ellery votes to build tidal barrier after a winter of floods';
export const SECOND_SITE = 'The Harbour Gazette';
export const REACTIONS = ['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow'];
/** Clutter of the seed article that must not reach the card or the reader. */
export const SEED_CLUTTER = ["What's Your Reaction", 'Related Posts', 'Newsletter', 'Popular Posts', 'Voting Poll', 'cookies', 'Advertisement', 'Post Comment'];

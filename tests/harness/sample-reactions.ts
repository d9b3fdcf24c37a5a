import type { Reaction } from '../../src/reactions/record';
import { ReactionStore } from '../../src/reactions/store';
import { MemoryStorageArea } from '../../src/storage/memory-storage-area';

/** Twenty plausible reactions (titles of every length, one without a site name), for pictures and layout tests. */
const SAMPLE_ARTICLES: [string, string | null, string, Reaction][] = [
  ['Port Ellery votes to build tidal barrier after a winter of floods', 'The Harbour Gazette', 'harbourgazette.example', 'like'],
  ['Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough', 'Trendline Daily', 'trendlinedaily.example', 'wow'],
  ['Night trains return to the Alps as demand for slow travel grows', 'Wanderlust Weekly', 'wanderlust.example', 'love'],
  ['Why your sourdough starter smells like nail polish, and how to fix it', 'The Kitchen Table', 'kitchentable.example', 'funny'],
  ['City council approves four-day week trial for 300 staff', 'Metro Courier', 'metrocourier.example', 'like'],
  ['Astronomers spot a comet that will be visible to the naked eye in March', 'Sky & Orbit', 'skyorbit.example', 'wow'],
  ['Local library lends out telescopes, sewing machines and a canoe', 'The Harbour Gazette', 'harbourgazette.example', 'love'],
  ['Chipmakers brace for another year of shortages in car electronics', 'Trendline Daily', 'trendlinedaily.example', 'sad'],
  ['Inside the race to save Europe’s last wild oyster reefs', 'Blue Planet Review', 'blueplanet.example', 'like'],
  ['Ten-year-old wins national chess title with a move nobody expected', 'Metro Courier', 'metrocourier.example', 'love'],
  ['Rents rise 9% as new flats stall at planning stage', 'The Ledger', 'ledger.example', 'angry'],
  ['The quiet comeback of the paper map', 'Wanderlust Weekly', 'wanderlust.example', 'like'],
  ['Heatwave warning issued for the south coast as temperatures hit 34 °C', 'The Harbour Gazette', 'harbourgazette.example', 'sad'],
  ['Study finds four-minute walks every hour offset long sitting', 'Health Desk', 'healthdesk.example', 'like'],
  ['Airline fined for cancelling flights it knew it could not staff', 'The Ledger', 'ledger.example', 'angry'],
  ['What a “Café, Zürich & Co.” menu tells you about tourist pricing', 'Wanderlust Weekly', 'wanderlust.example', 'funny'],
  ['Open-source maintainers say burnout is the biggest security risk', 'Trendline Daily', 'trendlinedaily.example', 'dislike'],
  ['Robot lawnmowers are hurting hedgehogs, wildlife charity warns', 'Blue Planet Review', 'blueplanet.example', 'sad'],
  ['Ferry fares to rise by 6% from April', 'The Harbour Gazette', 'harbourgazette.example', 'dislike'],
  ['A reader’s notes on “The Long Winter”', null, 'notes.example', 'love'],
];

/** Twenty records made by the real store (on an in-memory area), with fixed times. */
export async function sampleReactionRecords(): Promise<Record<string, unknown>> {
  const area = new MemoryStorageArea();
  let time = Date.UTC(2025, 0, 6, 9);
  const store = new ReactionStore(area, () => (time += 7 * 3_600_000 + 1_234_567));
  for (const [index, [title, site, host, reaction]] of SAMPLE_ARTICLES.entries()) {
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
    // Web addresses only: the store refuses any other scheme.
    const url = `https://${host}/2025/${index + 1}/${slug}`;
    await store.set({ canonicalUrl: url, url, title, site, leadImage: null }, reaction);
  }
  return area.get(null);
}


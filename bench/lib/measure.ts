import { Defuddle } from 'defuddle/node';
import { parseHtml } from '../../src/cli/parse-html';
import { absoluteHttpUrl } from '../../src/core/lead-image';
import { REFERENCE_URL, type FixtureCase, type ReferencePage } from './corpus';
import { median } from './stats';
import { htmlText, runCleanReader, runReadability, timeStages, type Run, type StageTimes } from './systems';
import { lostBlocks, wordRecall } from './words';

/** Measures one page with both systems: what each kept and dropped, and how long each took. */

export const SYSTEMS = ['readability', 'clean-reader'] as const;
export type System = (typeof SYSTEMS)[number];

export interface Timed {
  ratio: number;
  ms: Record<System, number>;
  /** Our stages, each timed once after the timed runs. */
  stages: StageTimes;
}

export interface FixtureRow {
  name: string;
  mustDrop: number;
  mustKeep: number;
  per: Record<System, { leaked: string[]; lost: string[] }>;
  leadOk: boolean;
  leadImage: string | null;
  time: Timed | null;
}

export interface ReferenceRow {
  name: string;
  per: Record<System, { recall: number; lost: string[] }>;
  /** Defuddle's recall of the same expected content (untimed; NaN when it failed). */
  defuddleRecall: number;
  time: Timed | null;
}

/** Node's collector when started with --expose-gc (the benchmark's batches are). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A first run of each system, then `reps` timed runs in alternating order; null timing when reps is 0. */
function runBoth(doc: Document, url: string, reps: number): { runs: Record<System, Run>; time: Timed | null } {
  const runs = { readability: runReadability(doc), 'clean-reader': runCleanReader(doc, url) };
  if (reps === 0) return { runs, time: null };
  const times: Record<System, number[]> = { readability: [], 'clean-reader': [] };
  for (let rep = 0; rep < reps; rep++) {
    const order: System[] = rep % 2 === 0 ? ['readability', 'clean-reader'] : ['clean-reader', 'readability'];
    for (const system of order) {
      // Each timed run starts from a collected heap, so neither system pays for the other's garbage.
      collectGarbage();
      times[system].push((system === 'readability' ? runReadability(doc) : runCleanReader(doc, url)).ms);
    }
  }
  const ms = { readability: median(times.readability), 'clean-reader': median(times['clean-reader']) };
  return { runs, time: { ratio: ms['clean-reader'] / ms.readability, ms, stages: timeStages(doc, url) } };
}

export function measureFixture(fixture: FixtureCase, reps: number): FixtureRow {
  const { document, close } = parseHtml(fixture.html, fixture.url);
  const { runs, time } = runBoth(document, fixture.url, reps);
  close();
  const per = Object.fromEntries(
    SYSTEMS.map((system) => {
      const text = normalize(runs[system].text);
      const html = normalize(runs[system].html);
      const leaked = fixture.mustDrop.filter((s) => text.includes(normalize(s)) || html.includes(normalize(s)));
      const lost = fixture.mustKeep.filter((s) => !text.includes(normalize(s)));
      return [system, { leaked, lost }];
    }),
  ) as FixtureRow['per'];
  const expectedLead = fixture.leadImage === null ? null : absoluteHttpUrl(fixture.leadImage, fixture.url);
  const leadImage = runs['clean-reader'].article?.leadImage?.src ?? null;
  return { name: fixture.name, mustDrop: fixture.mustDrop.length, mustKeep: fixture.mustKeep.length, per, leadOk: leadImage === expectedLead, leadImage, time };
}

export async function measureReference(page: ReferencePage, reps: number): Promise<ReferenceRow> {
  const expected = htmlText(page.expectedHtml);
  const { document, close } = parseHtml(page.html, REFERENCE_URL);
  const { runs, time } = runBoth(document, REFERENCE_URL, reps);
  close();
  const per = Object.fromEntries(
    SYSTEMS.map((system) => [system, { recall: wordRecall(expected, runs[system].text), lost: lostBlocks(expected, runs[system].text) }]),
  ) as ReferenceRow['per'];
  // Defuddle on a document of its own: it changes what it reads.
  const own = parseHtml(page.html, REFERENCE_URL);
  let defuddleRecall = Number.NaN;
  try {
    defuddleRecall = wordRecall(expected, htmlText((await Defuddle(own.document, REFERENCE_URL, {})).content));
  } catch {
    // Reported as NaN: Defuddle failed on this page.
  } finally {
    own.close();
  }
  return { name: page.name, per, defuddleRecall, time };
}

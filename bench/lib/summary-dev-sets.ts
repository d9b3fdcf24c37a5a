/**
 * The development sets of ../shared/corpora/summaries: 200 CNN stories with their human highlights and 150
 * OrangeSum stories with their standfirst. Each set is split once, with a fixed seed, into a tuning part (the
 * summariser's weights are fitted on it) and a held part (never used for fitting: it judges generalisation).
 * The split is committed (summary-split.json) so that it cannot drift with the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './summary-baselines';

export type DevSetName = 'cnn' | 'orangesum';
export type SplitPart = 'tune' | 'held';

export interface DevStory {
  set: DevSetName;
  id: string;
  lang: string;
  /** The headline, where the set has one (OrangeSum); CNN's rows have none. */
  title: string | null;
  /** The story's text, one paragraph (the sets carry no paragraph breaks). */
  text: string;
  /** The human summary: CNN's highlights (one per line), OrangeSum's standfirst. */
  reference: string;
  part: SplitPart;
}

const SPLIT_PATH = join(dirname(fileURLToPath(import.meta.url)), 'summary-split.json');
/** Share of each set used for tuning; the rest is held back. */
export const TUNE_SHARE = 0.6;
export const SPLIT_SEED = 1313;

const FILES: Record<DevSetName, { file: string; lang: string }> = {
  cnn: { file: 'cnn-dev.jsonl', lang: 'en' },
  orangesum: { file: 'orangesum-dev.jsonl', lang: 'fr' },
};

interface Row {
  id: string;
  title?: string;
  article: string;
  highlights?: string;
  summary?: string;
}

type Split = Record<DevSetName, Record<SplitPart, string[]>>;

export function loadDevSets(dir: string): DevStory[] {
  if (!existsSync(dir)) throw new Error(`development sets not found: ${dir}`);
  const split = JSON.parse(readFileSync(SPLIT_PATH, 'utf8')) as Split;
  return (Object.keys(FILES) as DevSetName[]).flatMap((set) => {
    const { file, lang } = FILES[set];
    const rows = readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Row);
    const part = partOf(split[set], set);
    return rows.map((row) => ({
      set,
      id: row.id,
      lang,
      title: row.title?.trim() || null,
      text: row.article.trim(),
      reference: (row.highlights ?? row.summary ?? '').trim(),
      part: part(row.id),
    }));
  });
}

function partOf(split: Record<SplitPart, string[]>, set: DevSetName): (id: string) => SplitPart {
  const tune = new Set(split.tune);
  const held = new Set(split.held);
  return (id) => {
    if (tune.has(id)) return 'tune';
    if (held.has(id)) return 'held';
    throw new Error(`${set} story ${id} is in neither part of summary-split.json: regenerate the split (--write-split)`);
  };
}

/** The seeded split of a set's ids: a Fisher–Yates shuffle, the first TUNE_SHARE for tuning. */
export function makeSplit(ids: readonly string[], seed: number): Record<SplitPart, string[]> {
  const random = seededRandom(seed);
  const shuffled = [...ids].sort();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const cut = Math.round(shuffled.length * TUNE_SHARE);
  return { tune: shuffled.slice(0, cut).sort(), held: shuffled.slice(cut).sort() };
}

export function splitFileFor(dir: string): Split {
  const ids = (set: DevSetName) =>
    readFileSync(join(dir, FILES[set].file), 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as Row).id);
  return { cnn: makeSplit(ids('cnn'), SPLIT_SEED), orangesum: makeSplit(ids('orangesum'), SPLIT_SEED + 1) };
}

export { SPLIT_PATH };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/**
 * The minimal page a story becomes for the pipeline: its headline (where it has one) and its text as one
 * paragraph, in the set's language.
 */
export function storyPage(story: Pick<DevStory, 'lang' | 'title' | 'text'>): string {
  const title = story.title ? escapeHtml(story.title) : '';
  const heading = title ? `<h1>${title}</h1>` : '';
  return `<!doctype html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><article>${heading}<p>${escapeHtml(story.text)}</p></article></body></html>`;
}

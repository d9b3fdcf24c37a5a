/**
 * Runs every development story through the real pipeline (minimal page → extractArticle) and keeps what the
 * benchmark and the fit need: the card's key points, the baselines' sentences, and the article prepared for
 * summarising (so the fit can try weights without extracting again). The prepared article is rebuilt from the
 * extracted content, and the benchmark checks that it gives the very key points the pipeline gave.
 */
import { parseHtml } from '../../src/cli/parse-html';
import { extractArticle } from '../../src/core';
import { articleBlocks, keyPointCount, MIN_KEY_POINTS } from '../../src/core/summary';
import { chooseKeyPoints, prepareArticle, type PointRange, type PreparedArticle } from '../../src/core/summary/extractive';
import { leadSentences, textRank } from './summary-baselines';
import { storyPage, type DevStory } from './summary-dev-sets';

export interface StoryRun {
  story: DevStory;
  /** The card's key points, as extractArticle gave them. */
  ours: string[];
  lead3: string[];
  textRank: string[];
  prepared: PreparedArticle;
  /** How many key points the card may show for this story. */
  range: PointRange;
}

export function runStory(story: DevStory): StoryRun {
  const url = `http://127.0.0.1:8000/${story.set}/${story.id}/`;
  const page = parseHtml(storyPage(story), url);
  try {
    const outcome = extractArticle(page.document, { url, force: true });
    if (outcome.status !== 'article') throw new Error(`${story.set} ${story.id}: no article extracted (${outcome.reason})`);
    const { article } = outcome;
    const content = parseHtml(`<body>${article.contentHtml}</body>`, url);
    try {
      const prepared = prepareArticle(articleBlocks(content.document.body), { lang: article.lang, title: article.title });
      const range = { minimum: MIN_KEY_POINTS, maximum: keyPointCount(article.wordCount) };
      return {
        story,
        ours: article.summary,
        lead3: leadSentences(article.textContent, article.lang),
        textRank: textRank(story.text, story.lang),
        prepared,
        range,
      };
    } finally {
      content.close();
    }
  } finally {
    page.close();
  }
}

/** Stories whose rebuilt preparation does not give the pipeline's key points (should be none). */
export function mismatchedRuns(runs: readonly StoryRun[]): StoryRun[] {
  return runs.filter((run) => chooseKeyPoints(run.prepared, run.range).join('\n') !== run.ours.join('\n'));
}

import type { ClutterRule } from '../rule';
import { adsRule } from './ads';
import { authorBioRule } from './author-bio';
import { commentsRule } from './comments';
import { cookieRule } from './cookie';
import { newsletterRule } from './newsletter';
import { pollRule } from './poll';
import { reactionsRule } from './reactions';
import { relatedRule } from './related';
import { shareRule } from './share';
import { tagsRule } from './tags';

/**
 * Every rule family, tried in this order on each block; the first that matches names the block in the report
 * (a reaction widget that also has share buttons is reported as reactions).
 */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  reactionsRule,
  commentsRule,
  pollRule,
  newsletterRule,
  cookieRule,
  shareRule,
  adsRule,
  relatedRule,
  tagsRule,
  authorBioRule,
];

export { adsRule, authorBioRule, commentsRule, cookieRule, newsletterRule, pollRule, reactionsRule, relatedRule, shareRule, tagsRule };

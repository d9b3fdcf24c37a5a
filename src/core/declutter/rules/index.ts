import type { ClutterRule } from '../rule';
import { adsRule } from './ads';
import { authorBioRule } from './author-bio';
import { captionAloneRule } from './caption-alone';
import { commentsRule } from './comments';
import { cookieRule } from './cookie';
import { linkListRule } from './link-list';
import { metaRule } from './meta';
import { newsletterRule } from './newsletter';
import { navigationRule, playerRule, promoRule } from './page-notices';
import { pollRule } from './poll';
import { reactionsRule } from './reactions';
import { relatedRule } from './related';
import { remnantsRule } from './remnants';
import { shareRule } from './share';
import { socialRule } from './social';
import { tagsRule } from './tags';

/**
 * Every rule family, tried in this order on each block; the first that matches names the block in the report.
 * Post details and page notices come first (a date line with a "Share" link is a date line), then social boxes
 * before reactions (a follow box is not a reaction widget), and a reaction widget with share buttons is reported
 * as reactions.
 */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  navigationRule,
  playerRule,
  metaRule,
  socialRule,
  reactionsRule,
  remnantsRule,
  captionAloneRule,
  commentsRule,
  pollRule,
  newsletterRule,
  cookieRule,
  shareRule,
  adsRule,
  promoRule,
  relatedRule,
  tagsRule,
  authorBioRule,
  linkListRule,
];

export {
  adsRule, authorBioRule, captionAloneRule, commentsRule, cookieRule, linkListRule, metaRule, navigationRule, newsletterRule, playerRule, pollRule,
  promoRule, reactionsRule, relatedRule, remnantsRule, shareRule, socialRule, tagsRule,
};

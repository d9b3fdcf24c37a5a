import { anyToken, headingText, type ClutterRule } from './rule';

const REACTION_HEADING = /what'?s your reaction|how do you feel|your reaction\??$|react to this/i;

export const reactionsRule: ClutterRule = {
  kind: 'reactions',
  matches(el) {
    if (anyToken(el, /reaction|emoji|emotion/)) return true;
    if (el.querySelectorAll('[data-reaction]').length >= 3) return true;
    if (el.querySelector('[onclick*="reaction" i]') && el.querySelectorAll('button').length >= 3) return true;
    return REACTION_HEADING.test(headingText(el)) && el.querySelectorAll('button, img, a').length >= 3;
  },
};

export const shareRule: ClutterRule = {
  kind: 'share',
  matches: (el) => anyToken(el, /^(share|sharing|social-?share|share-?(bar|buttons|links|tools)|social-?(links|buttons|icons)|post-share|addthis.*|sharethis.*)$/),
};

export const relatedRule: ClutterRule = {
  kind: 'related',
  matches: (el) =>
    anyToken(el, /related|recommend|popular|most-?read|trending|read-?next|more-?stories|you-?may-?like|outbrain|taboola/) ||
    /^(related|recommended|popular|most read|read next|more stories|you may also like)/i.test(headingText(el)),
};

export const commentsRule: ClutterRule = {
  kind: 'comments',
  matches: (el) =>
    anyToken(el, /^(comments?|comment-?(form|section|area|list|respond)|section-comments|disqus.*|respond)$/) ||
    (el.tagName === 'FORM' && el.querySelector('textarea') !== null),
};

export const newsletterRule: ClutterRule = {
  kind: 'newsletter',
  matches: (el) =>
    anyToken(el, /newsletter|subscribe|subscription|signup|sign-up|mailing-?list/) ||
    /^(newsletter|subscribe|sign up for)/i.test(headingText(el)),
};

export const adsRule: ClutterRule = {
  kind: 'ads',
  matches: (el) =>
    anyToken(el, /^(ad|ads|advert.*|ad[-_].+|.+[-_](ad|ads)|sponsor.*|dfp.*|adsense|adsbygoogle|gpt-ad.*)$/) ||
    (el.querySelector('a[rel~="sponsored"]') !== null && (el.textContent ?? '').trim().length < 80),
};

export const pollRule: ClutterRule = {
  kind: 'poll',
  matches: (el) => anyToken(el, /^(poll|polls|voting|vote|survey|.+-poll|poll-.+)$/) || /^(voting )?poll\b/i.test(headingText(el)),
};

export const cookieRule: ClutterRule = {
  kind: 'cookie',
  matches: (el) => anyToken(el, /cookie|consent|gdpr|cc-banner|cc-window/),
};

export const tagsRule: ClutterRule = {
  kind: 'tags',
  matches: (el) => anyToken(el, /^(post-?tags|tags|tag-?list|tags-?list|entry-tags|article-tags)$/),
};

/** Order matters only for the report: a reaction widget that also says "share" is reported as reactions. */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  reactionsRule,
  shareRule,
  relatedRule,
  commentsRule,
  newsletterRule,
  adsRule,
  pollRule,
  cookieRule,
  tagsRule,
];

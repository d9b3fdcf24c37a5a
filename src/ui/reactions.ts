import type { Reaction } from '../reactions/record';
import { t } from './i18n';

/** How each reaction looks. The emoji is decoration; the label is what assistive tech reads. */
export const REACTION_EMOJI: Record<Reaction, string> = {
  like: '👍',
  dislike: '👎',
  love: '❤️',
  funny: '😂',
  angry: '😠',
  sad: '😢',
  wow: '😮',
};

const LABEL_KEYS: Record<Reaction, string> = {
  like: 'reactionLike',
  dislike: 'reactionDislike',
  love: 'reactionLove',
  funny: 'reactionFunny',
  angry: 'reactionAngry',
  sad: 'reactionSad',
  wow: 'reactionWow',
};

export function reactionLabel(reaction: Reaction): string {
  return t(LABEL_KEYS[reaction]);
}

import type { Reaction } from '../storage/reaction-record';

/** How each reaction looks. The emoji is decoration; the label is what assistive tech reads. */
export const REACTION_DISPLAY: Record<Reaction, { emoji: string; label: string }> = {
  like: { emoji: '👍', label: 'Like' },
  dislike: { emoji: '👎', label: 'Dislike' },
  love: { emoji: '❤️', label: 'Love' },
  funny: { emoji: '😂', label: 'Funny' },
  angry: { emoji: '😠', label: 'Angry' },
  sad: { emoji: '😢', label: 'Sad' },
  wow: { emoji: '😮', label: 'Wow' },
};

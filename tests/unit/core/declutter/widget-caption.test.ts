import { describe, expect, it } from 'vitest';
import { captionKind, isEngagementRequest } from '../../../../src/core/declutter/widget-caption';

describe('widget captions in the languages we read', () => {
  it.each([
    ['Artikel teilen', 'share'],
    ['Faites passer le mot', 'share'],
    ['Spread the word', 'share'],
    ['Mantente conectado', 'social'],
    ['Restez connectés', 'social'],
    ["J'aime ceci :", 'reactions'],
    ['Vind ik leuk', 'reactions'],
  ])('"%s" names a %s widget', (text, kind) => {
    expect(captionKind(text)).toBe(kind);
  });
  it.each([
    '¿Ha respondido esto a tu pregunta?',
    'Hat Ihnen das geholfen?',
    'Danke für Ihre Rückmeldung',
    'Merci pour votre avis',
    'Stimmen Sie über diesen Artikel ab',
    "Qu'avez-vous pensé de cet article ?",
    'Wie fanden Sie diesen Artikel?',
  ])('"%s" asks about this very page', (text) => {
    expect(isEngagementRequest(text)).toBe(true);
  });
  it.each(['Share prices fell sharply', 'The council kept in contact with residents', 'Reactions', 'Danke für nichts'])('"%s" asks nothing of the reader', (text) => {
    expect(isEngagementRequest(text)).toBe(false);
  });
  it('a sentence is no caption', () => {
    expect(captionKind('We shared the article with our friends last week.')).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseVoice, SentenceReader, watchAvailability, type ReadAloudState, type SpeechAvailability } from '../../../src/reader/read-aloud';
import { createFakeUtterance, FakeSynthesis } from '../../harness/speech';

const SENTENCES = [{ text: 'First sentence.' }, { text: 'Second sentence.' }, { text: 'Third sentence.' }];

function readerOver(synth: FakeSynthesis, options: { lang?: string | null; rate?: number; sentences?: { text: string }[] } = {}) {
  const states: ReadAloudState[] = [];
  const reader = new SentenceReader({
    synth,
    createUtterance: createFakeUtterance,
    sentences: options.sentences ?? SENTENCES,
    lang: options.lang ?? 'en',
    rate: options.rate ?? 1,
    onChange: (state) => states.push(state),
  });
  return { reader, states };
}

describe('SentenceReader', () => {
  it('says one sentence at a time, in order, and ends after the last', () => {
    const synth = new FakeSynthesis();
    const { reader } = readerOver(synth);
    reader.play();
    expect(synth.texts).toEqual(['First sentence.']);
    expect(reader.current).toMatchObject({ status: 'playing', index: 0 });
    synth.finish();
    synth.finish();
    expect(synth.texts).toEqual(['First sentence.', 'Second sentence.', 'Third sentence.']);
    expect(reader.current).toMatchObject({ status: 'playing', index: 2 });
    synth.finish();
    expect(reader.current).toMatchObject({ status: 'ended', index: -1 });
  });

  it('pauses on the sentence being read and starts that sentence again on play', () => {
    const synth = new FakeSynthesis();
    const { reader } = readerOver(synth);
    reader.play();
    synth.finish();
    reader.toggle();
    expect(reader.current).toMatchObject({ status: 'paused', index: 1 });
    // The interruption that pausing causes does not count as a failure or move on.
    expect(synth.texts).toEqual(['First sentence.', 'Second sentence.']);
    reader.toggle();
    expect(synth.texts.at(-1)).toBe('Second sentence.');
    expect(reader.current).toMatchObject({ status: 'playing', index: 1 });
  });

  it('starts over from the first sentence after the end', () => {
    const synth = new FakeSynthesis();
    const { reader } = readerOver(synth, { sentences: [{ text: 'Only.' }] });
    reader.play();
    synth.finish();
    expect(reader.current.status).toBe('ended');
    reader.play();
    expect(synth.texts).toEqual(['Only.', 'Only.']);
  });

  it('gives each utterance the language, the speed and the voice for that language', () => {
    const synth = new FakeSynthesis([
      { name: 'English', lang: 'en-US', default: true },
      { name: 'Deutsch', lang: 'de-DE' },
    ]);
    const { reader } = readerOver(synth, { lang: 'de', rate: 1.5 });
    reader.play();
    expect(synth.spoken[0]).toMatchObject({ lang: 'de', rate: 1.5, voice: { name: 'Deutsch' } });
  });

  it('says the current sentence again at a new speed, and only remembers the speed when paused', () => {
    const synth = new FakeSynthesis();
    const { reader } = readerOver(synth);
    reader.play();
    reader.setRate(2);
    expect(synth.spoken.map((u) => [u.text, u.rate])).toEqual([['First sentence.', 1], ['First sentence.', 2]]);
    reader.pause();
    reader.setRate(0.75);
    expect(synth.spoken).toHaveLength(2);
    reader.play();
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'First sentence.', rate: 0.75 });
  });

  it('fails on an engine error, and ignores the events of an utterance it has moved past', () => {
    const synth = new FakeSynthesis();
    const { reader } = readerOver(synth);
    reader.play();
    const first = synth.spoken[0]!;
    reader.setRate(1.25);
    // The first utterance ends late: nothing moves on because of it.
    first.onend?.({});
    expect(reader.current).toMatchObject({ status: 'playing', index: 0 });
    synth.fail('synthesis-failed');
    expect(reader.current.status).toBe('failed');
  });

  it('stops and forgets its place; with no sentences, play does nothing', () => {
    const synth = new FakeSynthesis();
    const { reader, states } = readerOver(synth);
    reader.play();
    reader.stop();
    expect(reader.current).toMatchObject({ status: 'idle', index: -1 });
    expect(states.at(-1)).toMatchObject({ status: 'idle' });
    const empty = readerOver(new FakeSynthesis(), { sentences: [] });
    empty.reader.play();
    expect(empty.reader.current.status).toBe('idle');
  });
});

describe('chooseVoice', () => {
  const voices = [
    { name: 'US', lang: 'en-US', default: true },
    { name: 'GB', lang: 'en_GB' },
    { name: 'FR', lang: 'fr-FR' },
  ];

  it('prefers language and region, then language, then the default voice, then the first', () => {
    expect(chooseVoice(voices, 'en-GB')?.name).toBe('GB');
    expect(chooseVoice(voices, 'fr-CA')?.name).toBe('FR');
    expect(chooseVoice(voices, 'ja')?.name).toBe('US');
    expect(chooseVoice([{ name: 'A', lang: 'de' }, { name: 'B', lang: 'it' }], null)?.name).toBe('A');
    expect(chooseVoice([], 'en')).toBeNull();
  });
});

describe('watchAvailability', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const watch = (synth: FakeSynthesis | null) => {
    const seen: SpeechAvailability[] = [];
    const stop = watchAvailability(synth, (availability) => seen.push(availability), 1500);
    return { seen, stop };
  };

  it('is available at once with voices, and unavailable without a speech engine', () => {
    expect(watch(new FakeSynthesis()).seen).toEqual(['available']);
    expect(watch(null).seen).toEqual(['unavailable']);
  });

  it('waits for voices that come late, and gives up past the wait', () => {
    const late = new FakeSynthesis([]);
    const { seen } = watch(late);
    expect(seen).toEqual(['checking']);
    late.setVoices([{ name: 'Late', lang: 'en' }]);
    expect(seen).toEqual(['checking', 'available']);

    const none = watch(new FakeSynthesis([]));
    vi.advanceTimersByTime(1499);
    expect(none.seen).toEqual(['checking']);
    vi.advanceTimersByTime(1);
    expect(none.seen).toEqual(['checking', 'unavailable']);
  });

  it('stops listening when stopped', () => {
    const synth = new FakeSynthesis([]);
    const { seen, stop } = watch(synth);
    stop();
    expect(synth.listening).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual(['checking']);
  });
});

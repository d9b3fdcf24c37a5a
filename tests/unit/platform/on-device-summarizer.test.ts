import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarizeText } from '../../../src/core/summary';
import { parseSummary, summarizeOnDevice, type SummarizerLike } from '../../../src/platform/on-device-summarizer';
import { fakeSummarizer, type FakeSummarizerOptions } from '../../harness/summarizer';

const TEXT = [
  'The city council approved a new budget of $2.4 billion on Tuesday after months of debate over transit funding.',
  'The budget raises transit funding by 12% and adds three new bus lines in the eastern districts.',
  'Critics of the budget said the transit funding would raise property taxes for homeowners next year.',
  'The mayor welcomed the vote and said the new bus lines would start running in the spring.',
].join(' ');

const extractiveShort = () => summarizeText(TEXT, { lang: 'en', length: 'short' });
const base = { timeoutMs: 200, allowDownload: false, lang: 'en', length: 'short' as const, fallback: extractiveShort() };

describe('summarizeOnDevice', () => {
  it('uses the on-device model when it is available, asking for 3 key points in the text’s language', async () => {
    const { summarizer, calls } = fakeSummarizer();
    const result = await summarizeOnDevice(TEXT, { ...base, summarizer });
    expect(result).toEqual({
      source: 'on-device',
      sentences: ['The council passed a $2.4 billion budget.', 'Transit gets 12% more.', 'Critics fear higher taxes.'],
    });
    expect(calls.create).toHaveLength(1);
    expect(calls.create[0]).toMatchObject({ type: 'key-points', length: 'short', format: 'plain-text', outputLanguage: 'en' });
    expect(calls.destroyed).toBe(1);
  });

  it('asks for a one-sentence TL;DR for the tldr length', async () => {
    const { summarizer, calls } = fakeSummarizer({ output: 'The council passed its budget. Transit gains most.' });
    const result = await summarizeOnDevice(TEXT, { ...base, length: 'tldr', summarizer });
    expect(calls.create[0]).toMatchObject({ type: 'tldr', length: 'short' });
    expect(result).toEqual({ source: 'on-device', sentences: ['The council passed its budget.'] });
  });

  it('does not download a downloadable model unless allowed, and falls back to the extractive summary', async () => {
    const { summarizer, calls } = fakeSummarizer({ availability: 'downloadable' });
    const result = await summarizeOnDevice(TEXT, { ...base, summarizer });
    expect(result).toEqual({ source: 'extractive', sentences: extractiveShort() });
    expect(calls.create).toHaveLength(0);
  });

  it('downloads and uses a downloadable model once the user allowed it', async () => {
    const { summarizer, calls } = fakeSummarizer({ availability: 'downloadable' });
    const result = await summarizeOnDevice(TEXT, { ...base, allowDownload: true, summarizer });
    expect(result.source).toBe('on-device');
    expect(calls.create).toHaveLength(1);
  });

  it('falls back when the model is unavailable', async () => {
    const { summarizer, calls } = fakeSummarizer({ availability: 'unavailable' });
    const result = await summarizeOnDevice(TEXT, { ...base, allowDownload: true, summarizer });
    expect(result).toEqual({ source: 'extractive', sentences: extractiveShort() });
    expect(calls.create).toHaveLength(0);
  });

  it('falls back when the browser has no Summarizer', async () => {
    expect(await summarizeOnDevice(TEXT, { ...base, summarizer: undefined })).toEqual({
      source: 'extractive',
      sentences: extractiveShort(),
    });
  });

  it.each([
    ['availability() throws', { availability: new Error('NotSupportedError') }],
    ['create() throws', { createError: new Error('NotAllowedError') }],
    ['summarize() throws', { output: new Error('QuotaExceededError') }],
    ['the model returns nothing', { output: '  \n ' }],
  ] as [string, FakeSummarizerOptions][])('falls back when %s', async (_case, fake) => {
    const { summarizer } = fakeSummarizer(fake);
    expect(await summarizeOnDevice(TEXT, { ...base, summarizer })).toEqual({
      source: 'extractive',
      sentences: extractiveShort(),
    });
  });

  describe('past the time-out', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    /** Starts an attempt and reports whether it has settled, so a test can move the clock to the time-out. */
    function attempt(summarizer: SummarizerLike) {
      const state = { settled: false };
      const result = summarizeOnDevice(TEXT, { ...base, timeoutMs: 30, summarizer }).finally(() => {
        state.settled = true;
      });
      return { result, state };
    }

    it('falls back when the model hangs, aborting and freeing its session', async () => {
      const { summarizer, calls } = fakeSummarizer({ output: 'hang' });
      const { result, state } = attempt(summarizer);
      await vi.advanceTimersByTimeAsync(29);
      expect(state.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await result).toEqual({ source: 'extractive', sentences: extractiveShort() });
      expect(calls.signals[0]?.aborted).toBe(true);
      expect(calls.destroyed).toBe(1);
    });

    it('falls back when availability() never answers', async () => {
      const summarizer: SummarizerLike = {
        availability: () => new Promise(() => {}),
        create: vi.fn(),
      };
      const { result, state } = attempt(summarizer);
      await vi.advanceTimersByTimeAsync(29);
      expect(state.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await result).source).toBe('extractive');
      expect(summarizer.create).not.toHaveBeenCalled();
    });
  });
});

describe('parseSummary', () => {
  it('reads bullets, dashes and numbers as key points and keeps at most as many as asked', () => {
    const output = '- One.\n• Two.\n\n1. Three.\n2) Four.';
    expect(parseSummary(output, 'short', 'en')).toEqual(['One.', 'Two.', 'Three.']);
    expect(parseSummary(output, 'medium', 'en')).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });
});

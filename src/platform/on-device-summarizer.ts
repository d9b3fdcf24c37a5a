/**
 * Adapter for the browser's on-device Summarizer API (Chrome's built-in AI): used only when the model is already
 * on the device, unless the user has asked for the download; falls back to the extractive summary on anything
 * else, an error or a time-out. The `Summarizer` global is read in one place (`browserSummarizer`) and passed
 * in, so tests hand it a fake. The extractive summary is passed in too (the pipeline already made it), so pages
 * that only ask the model do not carry the extractive summariser.
 */
import { primaryLanguage, SENTENCES_PER_LENGTH, splitSentences, type SummaryLength } from '../core';

export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The subset of the Summarizer API's options this adapter sets. */
export interface SummarizerOptions {
  type: 'key-points' | 'tldr';
  format: 'plain-text';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages: string[];
  outputLanguage: string;
}

export interface SummarizerSessionLike {
  summarize(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The shape of the `Summarizer` global that this adapter uses. */
export interface SummarizerLike {
  availability(options?: SummarizerOptions): Promise<SummarizerAvailability>;
  create(options?: SummarizerOptions & { signal?: AbortSignal }): Promise<SummarizerSessionLike>;
}

export interface OnDeviceOptions {
  /** The browser's `Summarizer` global, or undefined where the browser has none. */
  summarizer: SummarizerLike | undefined;
  /** Budget for the whole attempt; past it the extractive summary is returned and the attempt aborted. */
  timeoutMs: number;
  /**
   * Whether a model that is not yet on the device may be downloaded. Set only after the user clicked for it:
   * the download is large, and the API needs that user activation anyway. Give a longer `timeoutMs` with it.
   */
  allowDownload: boolean;
  lang: string | null;
  length: SummaryLength;
  /** The extractive summary to return when the model is not used or fails. */
  fallback: readonly string[];
}

export interface OnDeviceResult {
  source: 'on-device' | 'extractive';
  sentences: string[];
}

/** The `Summarizer` global of this browser, if it has one. */
export function browserSummarizer(): SummarizerLike | undefined {
  return (globalThis as { Summarizer?: SummarizerLike }).Summarizer;
}

/** The API's own lengths: a TL;DR of one sentence ('tldr', 'short'), or 3, 5 or 7 key points. */
export function summarizerOptions(length: SummaryLength, lang: string | null): SummarizerOptions {
  const language = primaryLanguage(lang);
  const shape =
    length === 'tldr' ? { type: 'tldr' as const, length: 'short' as const } : { type: 'key-points' as const, length };
  return { ...shape, format: 'plain-text', expectedInputLanguages: [language], outputLanguage: language };
}

export async function summarizeOnDevice(text: string, options: OnDeviceOptions): Promise<OnDeviceResult> {
  const extractive = (): OnDeviceResult => ({ source: 'extractive', sentences: [...options.fallback] });
  const { summarizer } = options;
  if (!summarizer || !text.trim()) return extractive();

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error('on-device summary timed out'));
    }, options.timeoutMs);
  });
  try {
    const sentences = await Promise.race([summarizeWith(summarizer, text, options, controller.signal), timeout]);
    return sentences.length > 0 ? { source: 'on-device', sentences } : extractive();
  } catch {
    // Unavailable, refused, failed or too slow: the extractive summary is always there.
    return extractive();
  } finally {
    clearTimeout(timer);
  }
}

async function summarizeWith(
  summarizer: SummarizerLike,
  text: string,
  { allowDownload, lang, length }: OnDeviceOptions,
  signal: AbortSignal,
): Promise<string[]> {
  const apiOptions = summarizerOptions(length, lang);
  const availability = await summarizer.availability(apiOptions);
  const downloadAllowed = allowDownload && (availability === 'downloadable' || availability === 'downloading');
  if (availability !== 'available' && !downloadAllowed) throw new Error(`summarizer ${availability}`);
  if (signal.aborted) throw new Error('aborted');

  const session = await summarizer.create({ ...apiOptions, signal });
  // Free the model's session as soon as the attempt is abandoned, even if summarize() never settles.
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    session.destroy?.();
  };
  signal.addEventListener('abort', destroy, { once: true });
  try {
    if (signal.aborted) throw new Error('aborted');
    const output = await session.summarize(text, { signal });
    return parseSummary(output, length, lang);
  } finally {
    signal.removeEventListener('abort', destroy);
    destroy();
  }
}

/** "* First point\n* Second point" (key points) or a sentence (TL;DR) → one string per point or sentence. */
export function parseSummary(output: string, length: SummaryLength, lang: string | null): string[] {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•‣◦]|\d+[.)])\s+/u, '').trim())
    .filter(Boolean);
  const points = length === 'tldr' ? splitSentences(lines.join(' '), lang) : lines;
  return points.slice(0, SENTENCES_PER_LENGTH[length]);
}

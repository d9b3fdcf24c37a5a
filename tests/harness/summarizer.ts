import type {
  SummarizerAvailability,
  SummarizerLike,
  SummarizerOptions,
  SummarizerSessionLike,
} from '../../src/platform/on-device-summarizer';

export interface FakeSummarizerOptions {
  availability?: SummarizerAvailability | Error;
  /** What summarize() answers: text, a failure, or 'hang' (never answers). */
  output?: string | Error | 'hang';
  createError?: Error;
}

export const FAKE_MODEL_OUTPUT = '* The council passed a $2.4 billion budget.\n* Transit gets 12% more.\n* Critics fear higher taxes.';

/** A stand-in for the browser's `Summarizer` global that records how it was used. */
export function fakeSummarizer({ availability = 'available', output = FAKE_MODEL_OUTPUT, createError }: FakeSummarizerOptions = {}) {
  const calls = { availability: [] as SummarizerOptions[], create: [] as object[], destroyed: 0, signals: [] as AbortSignal[] };
  const session: SummarizerSessionLike = {
    summarize: (_input, options) => {
      if (options?.signal) calls.signals.push(options.signal);
      if (output === 'hang') return new Promise<string>(() => {});
      return output instanceof Error ? Promise.reject(output) : Promise.resolve(output);
    },
    destroy: () => {
      calls.destroyed++;
    },
  };
  const summarizer: SummarizerLike = {
    availability: async (options) => {
      if (options) calls.availability.push(options);
      if (availability instanceof Error) throw availability;
      return availability;
    },
    create: async (options) => {
      calls.create.push(options ?? {});
      if (createError) throw createError;
      return session;
    },
  };
  return { summarizer, calls };
}

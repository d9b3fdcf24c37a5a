import type { SynthesisLike, UtteranceLike, VoiceLike } from '../../src/reader/read-aloud';

/**
 * A stand-in for the browser's speechSynthesis: it records what it was asked to say, and a test says when the
 * sentence being spoken ends (`finish`) or fails (`fail`), as a real engine would, one utterance at a time.
 */
export class FakeSynthesis implements SynthesisLike {
  readonly spoken: UtteranceLike[] = [];
  cancels = 0;
  private current: UtteranceLike | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private voices: VoiceLike[] = [{ name: 'English', lang: 'en-US', default: true }]) {}

  speak(utterance: UtteranceLike): void {
    this.spoken.push(utterance);
    this.current = utterance;
  }

  /** Like the browser: cancelling interrupts the utterance being spoken, which reports an error. */
  cancel(): void {
    this.cancels++;
    const interrupted = this.current;
    this.current = null;
    interrupted?.onerror?.({ error: 'interrupted' });
  }

  getVoices(): VoiceLike[] {
    return this.voices;
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }

  /** Voices arrive late, as they do in Chromium. */
  setVoices(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }

  get listening(): number {
    return this.listeners.size;
  }

  /** The texts said so far, in order. */
  get texts(): string[] {
    return this.spoken.map((utterance) => utterance.text);
  }

  /** The utterance being spoken ends normally. */
  finish(): void {
    const done = this.current;
    this.current = null;
    done?.onend?.({});
  }

  /** The utterance being spoken fails, e.g. with 'synthesis-failed'. */
  fail(error: string): void {
    const failed = this.current;
    this.current = null;
    failed?.onerror?.({ error });
  }
}

export function createFakeUtterance(text: string): UtteranceLike {
  return { text, lang: '', rate: 1, voice: null, onend: null, onerror: null };
}

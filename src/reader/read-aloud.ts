/**
 * Read aloud, one utterance per sentence: the browser's speechSynthesis says each sentence in turn, so the
 * view always knows which one is being read (boundary events are not sent by every voice) and a long
 * article never hits the engines' limits on one utterance. Pause cancels the sentence and play starts it
 * again, which works on every engine (speechSynthesis.pause() does not on some).
 */

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
}

export interface SynthesisLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): VoiceLike[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export type ReadAloudStatus = 'idle' | 'playing' | 'paused' | 'ended' | 'failed';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** The sentence being read (or to be read next after a pause); -1 before the first. */
  index: number;
  rate: number;
}

export interface SentenceReaderOptions {
  synth: SynthesisLike;
  createUtterance(text: string): UtteranceLike;
  sentences: readonly { text: string }[];
  lang: string | null;
  rate: number;
  onChange(state: ReadAloudState): void;
}

/** The voice for `lang`: same language and region, else same language, else the default, else the first. */
export function chooseVoice(voices: readonly VoiceLike[], lang: string | null): VoiceLike | null {
  if (voices.length === 0) return null;
  const wanted = (lang ?? '').toLowerCase().replace('_', '-');
  const primary = wanted.split('-')[0];
  const norm = (voice: VoiceLike) => voice.lang.toLowerCase().replace('_', '-');
  return (
    (wanted && voices.find((voice) => norm(voice) === wanted)) ||
    (primary && voices.find((voice) => norm(voice).split('-')[0] === primary)) ||
    voices.find((voice) => voice.default) ||
    voices[0] ||
    null
  );
}

export class SentenceReader {
  private state: ReadAloudState;
  /** Bumped whenever speech is cancelled, so events of an old utterance are ignored. */
  private generation = 0;

  constructor(private readonly options: SentenceReaderOptions) {
    this.state = { status: 'idle', index: -1, rate: options.rate };
  }

  get current(): Readonly<ReadAloudState> {
    return this.state;
  }

  play(): void {
    if (this.options.sentences.length === 0) return;
    if (this.state.status === 'playing') return;
    const index = this.state.status === 'ended' || this.state.index < 0 ? 0 : this.state.index;
    this.speak(index);
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.silence();
    this.update({ status: 'paused' });
  }

  toggle(): void {
    if (this.state.status === 'playing') this.pause();
    else this.play();
  }

  /** Changes the speed; a sentence being read starts again at the new speed. */
  setRate(rate: number): void {
    const playing = this.state.status === 'playing';
    this.update({ rate });
    if (playing) this.speak(this.state.index);
  }

  /** Stops and forgets the position. */
  stop(): void {
    this.silence();
    this.update({ status: 'idle', index: -1 });
  }

  private silence(): void {
    this.generation++;
    this.options.synth.cancel();
  }

  private speak(index: number): void {
    this.silence();
    const generation = this.generation;
    const sentence = this.options.sentences[index];
    if (!sentence) return this.update({ status: 'ended', index: -1 });
    const utterance = this.options.createUtterance(sentence.text);
    utterance.rate = this.state.rate;
    if (this.options.lang) utterance.lang = this.options.lang;
    utterance.voice = chooseVoice(this.options.synth.getVoices(), this.options.lang);
    utterance.onend = () => {
      if (generation !== this.generation) return;
      if (index + 1 < this.options.sentences.length) this.speak(index + 1);
      else this.update({ status: 'ended', index: -1 });
    };
    utterance.onerror = (event) => {
      if (generation !== this.generation || event.error === 'interrupted' || event.error === 'canceled') return;
      this.generation++;
      this.update({ status: 'failed' });
    };
    this.update({ status: 'playing', index });
    this.options.synth.speak(utterance);
  }

  private update(patch: Partial<ReadAloudState>): void {
    this.state = { ...this.state, ...patch };
    this.options.onChange(this.state);
  }
}

export type SpeechAvailability = 'checking' | 'available' | 'unavailable';

/**
 * Whether read aloud can work: a speechSynthesis with at least one voice. Voices often arrive a moment after
 * the page loads (`voiceschanged`); if none came within `waitMs`, it is 'unavailable' (headless browsers and
 * systems without a speech engine have none), and turns 'available' should some arrive later.
 */
export function watchAvailability(
  synth: SynthesisLike | null,
  onChange: (availability: SpeechAvailability) => void,
  waitMs = 1500,
): () => void {
  if (!synth) {
    onChange('unavailable');
    return () => undefined;
  }
  const check = () => synth.getVoices().length > 0;
  if (check()) {
    onChange('available');
    return () => undefined;
  }
  onChange('checking');
  const onVoices = () => {
    if (check()) onChange('available');
  };
  synth.addEventListener?.('voiceschanged', onVoices);
  const timer = setTimeout(() => {
    if (!check()) onChange('unavailable');
  }, waitMs);
  return () => {
    clearTimeout(timer);
    synth.removeEventListener?.('voiceschanged', onVoices);
  };
}

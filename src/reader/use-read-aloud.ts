import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { scrollBehavior } from './motion';
import { SentenceReader, watchAvailability, type ReadAloudState, type SpeechAvailability } from './read-aloud';
import { collectSentences, type SpokenSentence } from './sentences';
import type { ReaderServices } from './services';

const HIGHLIGHT = 'clean-reader-sentence';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function highlightRegistry(): { registry: HighlightRegistry; make(range: Range): unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;
  return css?.highlights && HighlightClass ? { registry: css.highlights, make: (range) => new HighlightClass(range) } : null;
}

/** Marks the sentence being read and scrolls it into view if it is not. */
function showSentence(sentence: SpokenSentence | null, previous: SpokenSentence | null): void {
  const highlights = highlightRegistry();
  previous?.block.classList.remove('speaking');
  if (!sentence) {
    highlights?.registry.delete(HIGHLIGHT);
    return;
  }
  const range = sentence.range();
  if (highlights) highlights.registry.set(HIGHLIGHT, highlights.make(range));
  else sentence.block.classList.add('speaking');
  const rect = range.getBoundingClientRect();
  const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
  if (rect.top < toolbar + 8 || rect.bottom > innerHeight - 8) {
    scrollBy({ top: rect.top - toolbar - innerHeight / 4, behavior: scrollBehavior() });
  }
}

/** Read aloud over the rendered article: sentences are collected from `roots` when playing starts. */
export function useReadAloud(services: ReaderServices, roots: RefObject<Element | null>[], lang: string | null, rate: number) {
  const [availability, setAvailability] = useState<SpeechAvailability>('checking');
  const [state, setState] = useState<ReadAloudState>({ status: 'idle', index: -1, rate });
  const reader = useRef<SentenceReader | null>(null);
  const sentences = useRef<SpokenSentence[]>([]);
  const shown = useRef<SpokenSentence | null>(null);

  useEffect(() => watchAvailability(services.speech, setAvailability), [services]);

  useEffect(() => {
    const sentence = state.status === 'playing' || state.status === 'paused' ? (sentences.current[state.index] ?? null) : null;
    if (sentence !== shown.current) {
      showSentence(sentence, shown.current);
      shown.current = sentence;
    }
  }, [state]);

  useEffect(() => reader.current?.setRate(rate), [rate]);

  // Stop speaking when the page goes away (Back, closing the tab).
  useEffect(() => {
    const stop = () => reader.current?.stop();
    addEventListener('pagehide', stop);
    return () => {
      removeEventListener('pagehide', stop);
      stop();
    };
  }, []);

  const toggle = useCallback(() => {
    if (!services.speech || availability !== 'available') return;
    if (!reader.current) {
      sentences.current = collectSentences(
        roots.map((root) => root.current).filter((el): el is Element => Boolean(el)),
        lang,
      );
      reader.current = new SentenceReader({
        synth: services.speech,
        createUtterance: services.createUtterance,
        sentences: sentences.current,
        lang,
        rate,
        onChange: setState,
      });
    }
    reader.current.toggle();
  }, [services, availability, roots, lang, rate]);

  return { availability, state, toggle };
}

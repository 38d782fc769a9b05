/**
 * Read aloud with the browser's speech synthesis: play and pause, the sentence being spoken
 * highlighted (CSS Custom Highlight API: no change to the article's DOM), and a skip to the next
 * paragraph. The controls stay hidden while the browser has no voices (headless, some Linux
 * installs) and appear when voices arrive.
 */
import { el } from '../ui/element';
import { spokenParagraphs, type SpokenParagraph } from './sentence-ranges';

export interface ReadAloud {
  /** The toolbar group: play/pause and next paragraph. */
  element: HTMLElement;
  /** Stops speaking and lets go of every listener. */
  destroy(): void;
}

const HIGHLIGHT = 'sl-speaking';

type Highlights = { set(name: string, value: unknown): void; delete(name: string): void };

function highlightsOf(
  win: Window | null,
): { registry: Highlights; make: (r: Range) => unknown } | null {
  const scope = win as
    (Window & { CSS?: { highlights?: Highlights }; Highlight?: new (r: Range) => unknown }) | null;
  const registry = scope?.CSS?.highlights;
  const Make = scope?.Highlight;
  return registry && Make ? { registry, make: (range) => new Make(range) } : null;
}

export function createReadAloud(
  doc: Document,
  body: HTMLElement,
  lang: string | null,
  speech: SpeechSynthesis | undefined,
): ReadAloud {
  const win = doc.defaultView;
  const highlights = highlightsOf(win);
  const playButton = el(doc, 'button', {
    type: 'button',
    class: 'sl-tool',
    'data-action': 'read-aloud',
    'aria-pressed': 'false',
    text: 'Read aloud',
  });
  const nextButton = el(doc, 'button', {
    type: 'button',
    class: 'sl-tool',
    'data-action': 'next-paragraph',
    disabled: true,
    text: 'Next paragraph',
  });
  const element = el(
    doc,
    'span',
    { class: 'sl-read-aloud', role: 'group', 'aria-label': 'Read aloud', hidden: true },
    [playButton, nextButton],
  );

  let paragraphs: SpokenParagraph[] | null = null;
  let at = { paragraph: 0, sentence: 0 };
  let state: 'idle' | 'playing' | 'paused' = 'idle';
  // Each utterance carries the generation it was spoken in: cancel() fires the old utterance's
  // end event, which must not move the reading on.
  let generation = 0;
  let utterance: SpeechSynthesisUtterance | null = null;

  const render = (): void => {
    playButton.textContent =
      state === 'playing' ? 'Pause' : state === 'paused' ? 'Resume' : 'Read aloud';
    playButton.setAttribute('aria-pressed', String(state === 'playing'));
    nextButton.disabled = state === 'idle';
  };

  const clearHighlight = (): void => highlights?.registry.delete(HIGHLIGHT);

  const stop = (): void => {
    generation += 1;
    if (state !== 'idle') speech?.cancel();
    state = 'idle';
    at = { paragraph: 0, sentence: 0 };
    clearHighlight();
    render();
  };

  const speakCurrent = (): void => {
    if (!speech || !win) return;
    paragraphs ??= spokenParagraphs(body, lang);
    const paragraph = paragraphs[at.paragraph];
    const sentence = paragraph?.sentences[at.sentence];
    if (!paragraph || !sentence) {
      stop();
      return;
    }
    const mine = ++generation;
    highlights?.registry.set(HIGHLIGHT, highlights.make(sentence.range));
    if (at.sentence === 0)
      paragraph.element.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    utterance = new win.SpeechSynthesisUtterance(sentence.text);
    if (lang) utterance.lang = lang;
    const advance = (): void => {
      if (mine !== generation) return;
      at =
        at.sentence + 1 < paragraph.sentences.length
          ? { paragraph: at.paragraph, sentence: at.sentence + 1 }
          : { paragraph: at.paragraph + 1, sentence: 0 };
      speakCurrent();
    };
    utterance.addEventListener('end', advance);
    utterance.addEventListener('error', advance);
    speech.speak(utterance);
  };

  playButton.addEventListener('click', () => {
    if (!speech) return;
    if (state === 'playing') {
      speech.pause();
      state = 'paused';
    } else if (state === 'paused') {
      speech.resume();
      state = 'playing';
    } else {
      state = 'playing';
      speakCurrent();
    }
    render();
  });

  nextButton.addEventListener('click', () => {
    if (!speech || state === 'idle') return;
    generation += 1;
    speech.cancel();
    at = { paragraph: at.paragraph + 1, sentence: 0 };
    state = 'playing';
    render();
    speakCurrent();
  });

  const showIfVoices = (): void => {
    element.hidden = !speech || speech.getVoices().length === 0;
  };
  showIfVoices();
  speech?.addEventListener('voiceschanged', showIfVoices);

  return {
    element,
    destroy() {
      speech?.removeEventListener('voiceschanged', showIfVoices);
      stop();
      utterance = null;
      paragraphs = null;
    },
  };
}

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createReadAloud } from '../../src/reader/read-aloud';
import { sentenceSpans, spokenParagraphs } from '../../src/reader/sentence-ranges';

/** A speech engine that records what it was asked to say and finishes on demand. */
class FakeSpeech extends EventTarget {
  spoken: SpeechSynthesisUtterance[] = [];
  paused = false;
  voices: unknown[] = [];
  getVoices = () => this.voices as SpeechSynthesisVoice[];
  speak = (utterance: SpeechSynthesisUtterance) => void this.spoken.push(utterance);
  pause = () => void (this.paused = true);
  resume = () => void (this.paused = false);
  cancel = () => {
    // Browsers end (with an error) whatever was being spoken.
    this.spoken.at(-1)?.dispatchEvent(new Event('error'));
  };
  finishCurrent() {
    this.spoken.at(-1)?.dispatchEvent(new Event('end'));
  }
  said() {
    return this.spoken.map((utterance) => utterance.text);
  }
}

class FakeUtterance extends EventTarget {
  lang = '';
  constructor(readonly text: string) {
    super();
  }
}

let body: HTMLElement;
beforeEach(() => {
  (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance =
    FakeUtterance;
  body = document.createElement('div');
  body.append(
    Object.assign(document.createElement('p'), {
      textContent: 'First sentence here. Second one follows!',
    }),
    Object.assign(document.createElement('p'), { textContent: 'Another paragraph starts.' }),
  );
  document.body.replaceChildren(body);
});

function controls(speech: FakeSpeech) {
  const readAloud = createReadAloud(document, body, 'en', speech as unknown as SpeechSynthesis);
  const [play, next] = [...readAloud.element.querySelectorAll('button')] as HTMLButtonElement[];
  return { readAloud, play: play!, next: next! };
}

describe('read aloud', () => {
  it('stays hidden while the browser has no voices, and appears when voices arrive', () => {
    const speech = new FakeSpeech();
    const { readAloud } = controls(speech);
    expect(readAloud.element.hidden).toBe(true);
    speech.voices = [{ name: 'Test voice' }];
    speech.dispatchEvent(new Event('voiceschanged'));
    expect(readAloud.element.hidden).toBe(false);
  });

  it('is hidden in a browser without speech synthesis', () => {
    const readAloud = createReadAloud(document, body, 'en', undefined);
    expect(readAloud.element.hidden).toBe(true);
  });

  it('reads sentence by sentence, then the next paragraph', () => {
    const speech = new FakeSpeech();
    const { play } = controls(speech);
    play.click();
    speech.finishCurrent();
    speech.finishCurrent();
    expect(speech.said()).toEqual([
      'First sentence here.',
      'Second one follows!',
      'Another paragraph starts.',
    ]);
  });

  it('pauses and resumes', () => {
    const speech = new FakeSpeech();
    const { play } = controls(speech);
    play.click();
    play.click();
    expect(speech.paused).toBe(true);
    expect(play.textContent).toBe('Resume');
    play.click();
    expect(speech.paused).toBe(false);
    expect(play.getAttribute('aria-pressed')).toBe('true');
  });

  it('skips to the next paragraph without reading the rest of this one', () => {
    const speech = new FakeSpeech();
    const { play, next } = controls(speech);
    expect(next.disabled).toBe(true);
    play.click();
    next.click();
    expect(speech.said()).toEqual(['First sentence here.', 'Another paragraph starts.']);
  });

  it('stops speaking when the reader closes', () => {
    const speech = new FakeSpeech();
    const { readAloud, play } = controls(speech);
    play.click();
    readAloud.destroy();
    speech.finishCurrent();
    expect(speech.said()).toEqual(['First sentence here.']);
  });
});

describe('sentences to speak', () => {
  it('cuts a paragraph into sentences even across highlighted sources', () => {
    const p = document.createElement('p');
    p.append(
      'The plan passed. ',
      Object.assign(document.createElement('mark'), { textContent: 'Mayor Holt' }),
      ' said so. Work starts soon.',
    );
    body.replaceChildren(p);
    const [paragraph] = spokenParagraphs(body, 'en');
    expect(paragraph!.sentences.map((s) => s.text)).toEqual([
      'The plan passed.',
      'Mayor Holt said so.',
      'Work starts soon.',
    ]);
    expect(paragraph!.sentences[1]!.range.toString()).toBe('Mayor Holt said so.');
  });

  it('reads a quote made of paragraphs once, paragraph by paragraph', () => {
    const quote = document.createElement('blockquote');
    quote.append(
      Object.assign(document.createElement('p'), { textContent: 'One.' }),
      Object.assign(document.createElement('p'), { textContent: 'Two.' }),
    );
    body.replaceChildren(quote);
    expect(spokenParagraphs(body, 'en').map((p) => p.element.textContent)).toEqual([
      'One.',
      'Two.',
    ]);
  });

  it('ignores an unknown language tag instead of failing', () => {
    expect(sentenceSpans('Yes. No.', 'not a tag!!')).toEqual([
      [0, 4],
      [5, 8],
    ]);
  });
});

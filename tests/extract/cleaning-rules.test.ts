import { describe, expect, it } from 'vitest';
import { runFixture } from './load-page';

/** Sentences of the fixture story: every fixture keeps all of the ones it contains. */
const FIRST = 'The river town of Lindholm reopened its old stone bridge on Tuesday';
const QUOTE = 'We had no choice but to take it apart stone by stone,';
const LAST = 'The agency plans to install sensors on the arch next year';

interface Case {
  fixture: string;
  behaviour: string;
  gone: string[];
  kept?: string[];
}

const CASES: Case[] = [
  { fixture: 'related--read-also-list', behaviour: 'drops the "Read also" list after the last paragraph', gone: ['Read also', 'Ferry timetable', 'School roof'] },
  { fixture: 'related--inline-teaser', behaviour: 'drops one-link teasers and "Related:"/"Baca juga:" lines inside the story', gone: ['flood defences', 'short history', 'Jembatan lain'] },
  { fixture: 'related--leia-tambem-pt', behaviour: 'drops a Portuguese "Leia também" list', gone: ['Leia também', 'Horário do ferry'], kept: ['A cidade ribeirinha de Lindholm', 'receberam os primeiros carros'] },
  { fixture: 'appeals--donation-box', behaviour: 'drops the donation appeal box', gone: ['Independent local news needs you', 'price of a coffee', 'Donate now'] },
  { fixture: 'edges--bio-and-appeals', behaviour: 'drops the trailing author line and newsletter appeal', gone: ['staff reporter', 'Subscribe to our newsletter'] },
  { fixture: 'social--share-bar', behaviour: 'drops share and follow bars', gone: ['Facebook', 'Follow us'] },
  { fixture: 'bio--author-box', behaviour: 'drops the author bio box', gone: ['favourite subject', 'covered the valley'] },
  { fixture: 'captions--figure-credit', behaviour: 'keeps captions out of the text and drops photo credits', gone: ['Cars cross the reopened bridge', 'Anna Berg'] },
  { fixture: 'captions--credit-line', behaviour: 'drops an "(Image: ©...)" credit line', gone: ['Lindholm Roads Agency'] },
  { fixture: 'repeats--caption-as-text', behaviour: 'drops a caption repeated as a paragraph', gone: ['Residents gathered on the east bank'] },
  { fixture: 'ads--labels', behaviour: 'drops advertisement labels in several languages', gone: ['Advertisement', 'Continue reading below', 'Publicidade'] },
  { fixture: 'edges--breadcrumb-kicker-dateline', behaviour: 'drops breadcrumb, kicker, date line and byline before the first paragraph', gone: ['Home', 'Infrastructure', 'Updated Mar 4', 'By Jonas Weber'] },
  { fixture: 'dates--timestamp-lines', behaviour: 'drops "Published"/"Updated" time stamps after the standfirst and at the end, not an update note', gone: ['PUBLISHED', '10:48', 'UPDATED: 11:05', 'Updated at 1:23'], kept: [FIRST, LAST, 'Updated: the council has since published the final cost'] },
  { fixture: 'notices--cookie-banner', behaviour: 'drops a cookie notice', gone: ['uses cookies'] },
  { fixture: 'chrome--nav-form-aside', behaviour: 'drops form controls and complementary boxes', gone: ['Sign me up', 'Most read today'] },
]; // prettier-ignore

describe('cleaning rules', () => {
  it.each(CASES)('$behaviour ($fixture)', ({ fixture, gone, kept }) => {
    const { article, error } = runFixture(fixture);
    expect(error).toBeUndefined();
    const text = article?.text ?? '';
    for (const phrase of gone) expect(text).not.toContain(phrase);
    const mustKeep = kept ?? [FIRST, LAST];
    for (const phrase of mustKeep) expect(text).toContain(phrase);
  });

  it('never drops article paragraphs: every story paragraph survives in every English fixture', () => {
    for (const { fixture } of CASES.filter((c) => !c.fixture.endsWith('-pt'))) {
      const text = runFixture(fixture).article?.text ?? '';
      const paragraphs = text.split('\n\n');
      expect(
        paragraphs.some((p) => p.startsWith(FIRST)),
        fixture,
      ).toBe(true);
      expect(
        paragraphs.some((p) => p.startsWith(LAST)),
        fixture,
      ).toBe(true);
    }
  });

  it("keeps a pull quote's sentence once, in the body (repeats--pull-quote)", () => {
    const text = runFixture('repeats--pull-quote').article?.text ?? '';
    expect(text.split('stone by stone').length - 1).toBe(1);
    expect(text).toContain(QUOTE);
  });
});

/**
 * The words one language uses to attribute statements. The finder's rules are language-neutral;
 * everything that is a word of a particular language lives in a table like this (cues-en.ts,
 * cues-de.ts, cues-fr.ts).
 */
export interface LanguageTable {
  lang: string;
  /** The language capitalises every noun (German), so capitals do not mark names. */
  capitalisedNouns: boolean;
  /** Frequent function words, used to guess the language of a text. */
  stopwords: ReadonlySet<string>;
  /** Inflected reporting verbs ("said", "says", "told"), lower case. Value: the cue to report. */
  verbs: ReadonlyMap<string, string>;
  /** Verbs that may come before their speaker ("…,” said Rafael Nadal). */
  invertible: ReadonlySet<string>;
  /** Cues whose speaker only ever follows them ("…, so Kröger"; "die Akte so ausgelegt" is none). */
  speakerAfterOnly: ReadonlySet<string>;
  /** Participles after a comma that continue the main clause's speaker (", saying ..."). */
  participles: ReadonlySet<string>;
  /** Multi-word verb phrases that end in a reporting verb ("was quoted as saying"). */
  skipBeforeVerb: ReadonlySet<string>;
  /** Words between a subject and its verb that do not end the subject ("also", "has"). */
  auxiliaries: ReadonlySet<string>;
  /** Adverbs by their ending, also skipped there ("repeatedly", "immédiatement"). */
  adverbs: RegExp;
  /** Phrases followed by the source ("according to X"), lower case, longest first. */
  prefixCues: readonly string[];
  /**
   * Prefix cues naming whoever received the words ("in an email to", "au micro de"): a source
   * only when that is a news outlet ("in an email to Reuters", not "in an email to staff").
   */
  channelCues: ReadonlySet<string>;
  /** Phrases that follow the source ("X zufolge"), lower case. */
  suffixCues: readonly string[];
  /** Verbs whose object is a source when it is a news outlet ("told CNN"). */
  toldVerbs: ReadonlySet<string>;
  /** Words that open a new clause, so a subject never reaches across them. */
  clauseWords: ReadonlySet<string>;
  /**
   * Words that open an object clause whose subject follows them: a subject read leftwards stops
   * there only when a noun phrase follows ("what Lena Ortiz said"; not "experts on what drives
   * inflation said").
   */
  objectClauseWords: ReadonlySet<string>;
  /** The preposition of a passive's agent ("reported by"), or '' when the language has none. */
  passiveAgent: string;
  /** The auxiliaries of a passive ("were reported by"; not "said by phone"). */
  passiveAuxiliaries: ReadonlySet<string>;
  /** Family words: "the victim's mother" is an unnamed source of its own. */
  relatives: ReadonlySet<string>;
  /** Words that end a noun phrase read rightwards ("when", "on Monday"). */
  phraseEnders: ReadonlySet<string>;
  /** Prepositions that may continue a noun phrase ("people familiar with the matter"). */
  prepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Personal pronouns that can stand for the last person named. */
  personPronouns: ReadonlySet<string>;
  /** Relative pronouns used only for people ("Tomas Berg, who leads…"). */
  personRelatives: ReadonlySet<string>;
  /** Pronouns for an organization or a group. */
  thingPronouns: ReadonlySet<string>;
  /** Possessive pronouns ("his doctors"). */
  possessives: ReadonlySet<string>;
  /** Capitalised words that start sentences but never names ("However"). */
  capitalisedFunctionWords: ReadonlySet<string>;
  /** Heads of unnamed sources: official(s), source(s), analyst(s)... */
  anonymousHeads: ReadonlySet<string>;
  /** Heads of documents: report, study, poll... */
  documentHeads: ReadonlySet<string>;
  /** Heads of organizations written in lower case: ministry, police, company... */
  organizationHeads: ReadonlySet<string>;
  /** Common nouns written right before an outlet's name ("publication DigiTimes"). */
  mediaDescriptors: ReadonlySet<string>;
  /** Nouns that stand for an outlet named before ("the newspaper said"; not "the site"). */
  outletNouns: ReadonlySet<string>;
  /** Nouns after an outlet's name that make the outlet the source ("an AP journalist"). */
  mediaStaff: ReadonlySet<string>;
  /** Common nouns written right before an organization's name ("label Big Machine"). */
  organizationDescriptors: ReadonlySet<string>;
  /** Titles and roles that precede a name ("Secretary-General", "coach"). */
  titles: ReadonlySet<string>;
  /** Nouns that are never sources as subjects of a reporting verb ("the bill", "the court"). */
  nonSources: ReadonlySet<string>;
  /**
   * What a source works out, so that its owner is the source of a finding: "the researchers'
   * calculations show" credits the researchers, "the platform's flexibility shows" nobody.
   */
  findingNouns: ReadonlySet<string>;
  /** Words that open a relative clause about the phrase before ("X, who ...", "X, which ..."). */
  relativeWords: ReadonlySet<string>;
  /** The preposition of an absolute clause whose participle reports ("with X warning that"). */
  absoluteWith: ReadonlySet<string>;
  /** Verbs of turning to a channel before the reporting verb ("took to Twitter to say"). */
  channelVerbs: ReadonlySet<string>;
}

/**
 * Builds a set from a space-separated word list (tables stay readable as prose). A word written
 * with an apostrophe also goes in with the typographic one (it's, it’s): news text uses both.
 */
export function words(list: string): ReadonlySet<string> {
  const set = new Set<string>();
  for (const word of list.split(/\s+/)) {
    if (!word) continue;
    set.add(word);
    if (word.includes("'")) set.add(word.replaceAll("'", '\u2019'));
  }
  return set;
}

/**
 * A word set that also admits every word matching a pattern: professions are an open class
 * ("meteorologists", "epidemiologists", "statisticians"), so a list alone never covers them.
 */
class WordsOrPattern extends Set<string> {
  constructor(
    list: string,
    private readonly pattern: RegExp,
  ) {
    super(list.split(/\s+/).filter(Boolean));
  }

  override has(word: string): boolean {
    return super.has(word) || this.pattern.test(word);
  }
}

/** Builds a word set that also holds every word matching `pattern`. */
export function wordsOrPattern(list: string, pattern: RegExp): ReadonlySet<string> {
  return new WordsOrPattern(list, pattern);
}

/** Builds the verb map: every form reports the cue that is written first on its line. */
export function verbForms(lines: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of lines.split('\n')) {
    const forms = line.split(/\s+/).filter(Boolean);
    for (const form of forms) map.set(form, form);
  }
  return map;
}

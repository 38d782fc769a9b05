import type { SourceKind } from '../types';
import type { Attribution } from './find-attributions';
import { TITLE_ABBREVIATIONS } from './find-antecedent';
import { describedBefore, documentAround, mayBeCalled, maybeBody } from './described-bodies';
import { sameFirstName } from './short-first-names';
import { findOutlet, squash } from './media-outlets';

/** One cited entity and the attributions that name it. */
export interface SourceGroup {
  kind: SourceKind | null;
  /** The fullest proper name seen, or the unnamed phrase as first written. */
  core: string[];
  key: string;
  members: Attribution[];
  /** Token index of the latest mention, for "the company" / "he" look-backs. */
  lastCue: number;
  /** Named only by a description ("the company") of a body the text mentioned but never cited. */
  described?: boolean;
}

const DETERMINER = /^(?:a|an|the|one|some|der|die|das|ein|eine|le|la|les|un|une)\s+/i;

function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(DETERMINER, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ');
}

function singular(word: string): string {
  return word.replace(/(?:es|s)$/, '');
}

function normWords(words: readonly string[]): string[] {
  return words.map((w) =>
    w
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/\.$/, ''),
  );
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/** Suffixes, and middle initials written with their period, which one mention may leave out. */
const SUFFIX = /^(?:jr|sr|ii|iii)$/;
const INITIAL = /^\p{Lu}\.$/u;

/** The name's words without suffixes and initials ("Soldier F" and "Malcolm X" keep theirs). */
function nameCore(words: readonly string[]): string[] {
  const kept = words.filter((w, k) => k === 0 || k === words.length - 1 || !INITIAL.test(w));
  return normWords(kept).filter((w) => !SUFFIX.test(w));
}

/**
 * Same named entity: "Stoltenberg" ~ "Jens Stoltenberg", "Liu" ~ "Liu Xiaming". `informal` admits
 * a short first name for the full one ("Josh Apte" signing a post by "Joshua Apte"): display
 * names are informal, articles' own text is not (siblings and spouses share surnames: "Chris
 * Evans" and "Christine Evans").
 */
function sameName(a: readonly string[], b: readonly string[], informal = false): boolean {
  const x = nameCore(a);
  const y = nameCore(b);
  if (endsWith(x, y) || endsWith(y, x)) return true;
  if (x.length === 1 && y.includes(x[0] ?? '')) return true;
  if (y.length === 1 && x.includes(y[0] ?? '')) return true;
  return (
    informal &&
    x.length === 2 &&
    y.length === 2 &&
    x[1] === y[1] &&
    sameFirstName(x[0] ?? '', y[0] ?? '')
  );
}

function latest(
  groups: readonly SourceGroup[],
  test: (g: SourceGroup) => boolean,
): SourceGroup | undefined {
  let best: SourceGroup | undefined;
  for (const g of groups) if (test(g) && (!best || g.lastCue > best.lastCue)) best = g;
  return best;
}

/** Does a person's mentions carry this title ("the Secretary General" ~ "Secretary-General")? */
function carriesTitle(group: SourceGroup, title: readonly string[]): boolean {
  const said = group.members
    .map((m) => m.text.toLowerCase().replace(/[-‐]/g, ' '))
    .join(' ')
    .split(/\s+/)
    .map((w) => {
      const word = w.replace(/\.$/, '');
      return TITLE_ABBREVIATIONS[word] ?? word;
    })
    .join(' ');
  return title.every((w) => said.includes(w));
}

function latestTitled(
  groups: readonly SourceGroup[],
  title: readonly string[],
): SourceGroup | undefined {
  return latest(groups, (g) => g.kind === 'person' && carriesTitle(g, title));
}

/** The known outlet a group's name is, looked up once per name (a long text has many mentions). */
const groupOutlets = new WeakMap<
  SourceGroup,
  { name: string; outlet: ReturnType<typeof findOutlet> }
>();

function outletOf(group: SourceGroup): ReturnType<typeof findOutlet> {
  const name = group.core.join(' ');
  const known = groupOutlets.get(group);
  if (known?.name === name) return known.outlet;
  const outlet = findOutlet(name);
  groupOutlets.set(group, { name, outlet });
  return outlet;
}

function findNamed(groups: readonly SourceGroup[], a: Attribution): SourceGroup | undefined {
  if (a.kind === 'anonymous' || a.kind === 'document') {
    const key = phraseKey(a.text);
    const same = groups.find((g) => g.kind === a.kind && g.key === key);
    if (same || a.kind === 'anonymous' || !/^the\s/i.test(a.text)) return same;
    // "The Gallup poll also showed" after "a Gallup poll released Tuesday": the same poll.
    return latest(groups, (g) => g.kind === 'document' && g.members.some((m) => m.head === a.head));
  }
  if (a.kind === 'organization' && a.head && /[’']s\s+\S+$/.test(a.text)) {
    // "the prosecutor's office said" after "the U.S. Attorney's Office ... said": same office.
    const head = a.head;
    const same = latest(
      groups,
      (g) => g.kind === 'organization' && normWords(g.core.join(' ').split(/\s+/)).includes(head),
    );
    if (same) return same;
  }
  const outlet = findOutlet(a.core.join(' '));
  const key = squash(a.core.join(' '));
  return groups.find((g) => {
    if (g.kind === 'anonymous' || g.kind === 'document') return false;
    if (g.key === key) return true;
    if (outlet && outlet === outletOf(g)) return true;
    const personish = (k: SourceKind | null): boolean => k === 'person' || k === null;
    if (personish(g.kind) && personish(a.kind)) {
      const informal = a.cue === 'tweet' || g.members.every((m) => m.cue === 'tweet');
      return sameName(g.core, a.core, informal);
    }
    // "The Chronicle says" after "The San Francisco Chronicle reported": the outlet's short name.
    return (
      personish(a.kind) && a.core.length === 1 && endsWith(normWords(g.core), normWords(a.core))
    );
  });
}

function resolveReference(groups: SourceGroup[], a: Attribution): SourceGroup | undefined {
  if (a.antecedent) {
    // Object.assign, not spreads: see phraseAt in phrase-heads.ts.
    const named = Object.assign({}, a, a.antecedent, { role: 'name' as const });
    const found = findNamed(groups, named);
    if (found) return found;
    // "The governor said" after "Gov. Eric Holcomb" spoke: a cited name written with the title
    // comes before a nearer one written with it in passing ("Gov. Matt Bevin").
    for (const other of a.antecedent.candidates ?? []) {
      const cited = findNamed(groups, Object.assign({}, a, other, { role: 'name' as const }));
      if (cited) return cited;
    }
    const titled = a.role === 'descriptor' ? latestTitled(groups, a.core) : undefined;
    if (titled) return titled;
    const group = newGroup(named);
    groups.push(group);
    return group;
  }
  if (a.role === 'pronoun') {
    if (a.kind === 'person') return latest(groups, (g) => g.kind === 'person' || g.kind === null);
    return latest(groups, (g) => g.kind === 'organization' || g.kind === 'anonymous');
  }
  if (a.kind === 'person') {
    const titled = latest(groups, (g) => g.kind === 'person' && carriesTitle(g, a.core));
    return titled ?? latest(groups, (g) => g.kind === 'person');
  }
  if (a.kind === 'organization') {
    return latest(groups, (g) => g.kind === 'organization' && mayBeCalled(g, a.text));
  }
  if (a.kind === 'media') {
    // "A network of activists said … The network said": a body cited under that very noun.
    const head = a.head;
    const named = head
      ? latest(
          groups,
          (g) =>
            g.kind === 'organization' && g.core.join(' ').toLowerCase().split(/\s+/).includes(head),
        )
      : undefined;
    // "The Post reported … told the BBC … The newspaper said": an outlet that reported, before
    // one that was only told something.
    const reported = (g: SourceGroup): boolean =>
      g.kind === 'media' && g.members.some((m) => !m.mediaOnly);
    return named ?? latest(groups, reported) ?? latest(groups, (g) => g.kind === 'media');
  }
  const head = singular(a.head ?? '');
  return latest(
    groups,
    (g) => g.kind === a.kind && g.members.some((m) => singular(m.head ?? '') === head),
  );
}

function newGroup(a: Attribution): SourceGroup {
  const unnamed = a.kind === 'anonymous' || a.kind === 'document';
  const core = unnamed ? [a.text] : a.core;
  const key = unnamed ? phraseKey(a.text) : squash(core.join(' '));
  return { kind: a.kind, core, key, members: [], lastCue: a.cueToken };
}

/**
 * Groups attributions into sources, in text order: a surname joins the full name before it, "the
 * Secretary General" joins the person who carries that title, "he" joins the last person named,
 * "the company" the last organization. Unnamed sources stay apart unless written the same way.
 */
export function groupMentions(attributions: readonly Attribution[], text = ''): SourceGroup[] {
  const groups: SourceGroup[] = [];
  const sorted = [...attributions].sort((x, y) => x.start - y.start || x.cueToken - y.cueToken);
  for (const found of sorted) {
    let a = found;
    let group: SourceGroup | undefined;
    if (a.role === 'name') group = findNamed(groups, a);
    else group = resolveReference(groups, a);
    // "Research from the consultancy Circana shows": the publisher is named inside the document's
    // own phrase, so the two are one source.
    // An outlet that saw it ("a memo seen by Reuters") stays a source of its own.
    const publisher = a.kind !== 'media' && /\s(?:by|from|in)$/.test(a.cue);
    const holder = publisher ? documentAround(groups, a) : undefined;
    if (holder) group = holder;
    if (a.mediaOnly) {
      // "told Benioff" after "Benioff said": a guess never turns a known name into an outlet.
      const kind = a.outletGuess && group ? group.kind : (group?.kind ?? a.kind);
      if (kind !== 'media' || a.role !== 'name') continue;
    }
    if (!group) {
      // A reference with nothing to refer to: only unnamed sources and documents stand alone, and
      // a body written with a capital ("Der Regierung zufolge": German names bodies this way).
      if (a.role === 'pronoun') continue;
      const capital = /\s(\p{Lu}\S*)$/u.exec(a.text)?.[1];
      // "Shares of Halvorsen Foods fell …, the company said", "The district says": the body was
      // only mentioned before, never cited, so the description stands for it ("his team" does not).
      const describes =
        a.role === 'descriptor' && (a.kind === 'organization' || (a.kind === 'media' && !!a.head));
      const described = describes && !capital && /^the\s/i.test(a.text);
      // "Big Machine … says. But the company says": grouping may have taken the body for a person.
      const bare = a.text.split(/\s+/).length === 2;
      if (described && bare && maybeBody(groups)) continue;
      if (describes && (capital || described)) {
        a = Object.assign({}, a, { role: 'name' as const, core: [capital ?? a.text] });
        group = newGroup(a);
        group.described = described;
        groups.push(group);
      }
    }
    if (!group) {
      if (a.role === 'descriptor' && a.kind !== 'anonymous' && a.kind !== 'document') continue;
      // "Meta is rolling out …, the company announced. … Meta says": the name the description
      // stood for, now cited by name.
      group = describedBefore(groups, a, text);
      if (group)
        Object.assign(group, { core: a.core, key: squash(a.core.join(' ')), described: false });
    }
    if (!group) {
      group = newGroup(a);
      groups.push(group);
    } else if (a.role === 'name' && group.kind !== 'anonymous' && group.kind !== 'document') {
      if (a.core.length > group.core.length) group.core = a.core;
      // "told Benioff" read as an outlet until "Benioff said" shows a speaker by that name.
      const guessed = group.members.every((m) => m.outletGuess);
      if (guessed && !a.mediaOnly && a.kind !== 'media') group.kind = null;
      group.kind ??= a.kind;
    }
    group.members.push(a);
    group.lastCue = Math.max(group.lastCue, a.cueToken);
  }
  return groups;
}

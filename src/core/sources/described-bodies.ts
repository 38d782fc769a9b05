import type { Attribution } from './attribution';
import type { SourceGroup } from './group-mentions';

// Groups that bodies' descriptions ("the company", "the defence ministry") and documents' own
// phrases ("Research from the consultancy Circana") stand for: helpers of group-mentions.ts.

function normWords(words: readonly string[]): string[] {
  return words.map((w) =>
    w
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/\.$/, ''),
  );
}

/**
 * A group whose name may be a body's though grouping took it for a person: two words, no title
 * ("Big Machine … says"). A description may stand for it, so it never stands alone then.
 */
export function maybeBody(groups: readonly SourceGroup[]): boolean {
  return groups.some(
    (g) =>
      (g.kind === null || g.kind === 'person') &&
      g.core.length > 1 &&
      !g.members.some((m) => m.role === 'descriptor' || m.core.length < m.text.split(/\s+/).length),
  );
}

/** The document group whose phrase contains the attribution's words. */
export function documentAround(
  groups: readonly SourceGroup[],
  a: Attribution,
): SourceGroup | undefined {
  return groups.find(
    (g) =>
      g.kind === 'document' &&
      g.members.some((m) => m.start <= a.start && a.end <= m.end && m.cueToken !== a.cueToken),
  );
}

/** A group named by a description ("the company") after the text had written this name. */
export function describedBefore(
  groups: readonly SourceGroup[],
  a: Attribution,
  text: string,
): SourceGroup | undefined {
  if (a.role !== 'name' || a.mediaOnly || (a.kind !== 'organization' && a.kind !== null)) {
    return undefined;
  }
  const name = a.core.join(' ');
  return groups.find((g) => {
    const first = g.members[0];
    if (!g.described || !first) return false;
    // A name of unknown kind ("Meta") only when written in the description's own paragraph.
    const from = a.kind === null ? text.lastIndexOf('\n\n', first.start) + 1 : 0;
    return text.slice(from, first.start).includes(name);
  });
}

/** Heads of public bodies, which a modifier makes specific ("the defence ministry"). */
const BODY_HEAD =
  /^(ministry|department|agency|office|court|commission|committee|council|embassy|regierung|ministerium|behörde|polizei|gericht|amt)$/;

/**
 * May the group be called by this description? "the agency" may stand for NASA; "the defence
 * ministry" names a body of its own unless the group's name holds "ministry".
 */
export function mayBeCalled(group: SourceGroup, description: string): boolean {
  const words = description.toLowerCase().split(/\s+/).slice(1);
  const head = words[words.length - 1] ?? '';
  // "Der Regierung zufolge": German writes a body's own noun with a capital; it names that body.
  const german = /\s\p{Lu}\S*$/u.test(description);
  if ((words.length < 2 && !german) || !BODY_HEAD.test(head)) return true;
  const name = normWords(group.core.join(' ').split(/\s+/));
  return name.some((w) => w === head || (german && w.endsWith(head)));
}

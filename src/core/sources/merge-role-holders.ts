import type { SourceGroup } from './group-mentions';
import type { LanguageTable } from './language-table';

/** "China’s ambassador to Britain": an owner, then the role (unnamed sources keep their words). */
const OWNED_ROLE = /^(\p{Lu}[\p{L}\p{M}.-]*)[’']s\s+(.+)$/u;

/** The owner and role of an unnamed role holder's phrase, lower case; null for anything else. */
function ownedRole(group: SourceGroup, table: LanguageTable): [string, string] | null {
  if (group.kind !== 'anonymous') return null;
  const match = OWNED_ROLE.exec(group.core[0] ?? '');
  const owner = match?.[1]?.toLowerCase();
  const role = match?.[2]?.toLowerCase();
  if (!owner || !role || !role.split(/\s+/).some((word) => table.titles.has(word))) return null;
  return [owner, role];
}

/**
 * Does a person's mention carry that role: "China’s ambassador to Britain Liu Xiaming", "Interior
 * Minister Wolfgang Peschorn"? Not behind another owner: "Canadian Prime Minister Justin Trudeau"
 * is not "Britain’s prime minister".
 */
function carries(mention: string, owner: string, role: string): boolean {
  const text = ` ${mention.replace(/'/g, '’')}`;
  const lower = text.toLowerCase();
  if (lower.includes(` ${owner}’s ${role} `)) return true;
  const at = lower.indexOf(` ${role} `);
  if (at < 0) return false;
  const before = /(\S+)\s*$/u.exec(text.slice(0, at))?.[1] ?? '';
  // "former prime minister Tony Blair" held it once: someone else may hold it now.
  return !/^\p{Lu}/u.test(before) && !/^(former|ex-?)$/i.test(before);
}

/**
 * Merges a role written with its owner ("China’s ambassador to Britain accused …") into the person
 * the article names with that role, before or after ("China’s ambassador to Britain Liu Xiaming
 * said", "Interior Minister Wolfgang Peschorn said" for "Austria's interior minister"): grouping
 * runs in text order and cannot look ahead. Only when exactly one person carries the role, so
 * that "Britain’s prime minister" never joins "Prime Minister Justin Trudeau" beside another.
 */
export function mergeRoleHolders(groups: SourceGroup[], table: LanguageTable): SourceGroup[] {
  const persons = groups.filter((g) => g.kind === 'person');
  return groups.filter((group) => {
    const owned = ownedRole(group, table);
    if (!owned) return true;
    const [owner, role] = owned;
    const holders = persons.filter((p) => p.members.some((m) => carries(m.text, owner, role)));
    const holder = holders.length === 1 ? holders[0] : undefined;
    if (!holder) return true;
    holder.members.push(...group.members);
    holder.members.sort((x, y) => x.start - y.start);
    holder.lastCue = Math.max(holder.lastCue, group.lastCue);
    return false;
  });
}

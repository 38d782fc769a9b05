import type { SourceKind } from '../types';
import type { SourceGroup } from './group-mentions';
import { kindEvidence } from './kind-evidence';
import type { LanguageTable } from './language-table';

/**
 * The kind of a named source. A name whose words did not tell ("Nomura said", "Lopez said") is
 * decided by what the article says about it elsewhere: "firm JP Morgan", "Feliciano Lopez",
 * "Gov. Kristi Noem", then by the pronouns after it; a person when nothing tells. A name read as a
 * person only because it has two words ("Big Machine") yields to a describing noun before it.
 *
 * @param plain the article text with quoted words blanked, so a speaker's "it" does not count
 */
export function decideKind(group: SourceGroup, plain: string, table: LanguageTable): SourceKind {
  if (group.kind && group.kind !== 'person') return group.kind;
  const first = group.members[0];
  if (!first) return 'person';
  if (group.kind === 'person') {
    const titled = group.members.some((m) => m.core.length < m.text.split(/\s+/).length);
    if (titled || group.core.length === 1) return 'person';
    const { strong } = kindEvidence(plain, group.core, table);
    return strong === 'organization' || strong === 'media' ? strong : 'person';
  }
  // "data from Eurostat", "provided by Statista", "analysts polled by FactSet": people do not
  // publish data sets or run surveys; bodies do.
  if (
    /\b(data|report|study|survey|poll|figures) (from|by)$|^(provided|surveyed|polled) by$/.test(
      first.cue,
    )
  ) {
    return 'organization';
  }
  const { strong, pronoun } = kindEvidence(plain, group.core, table);
  return strong ?? pronoun ?? 'person';
}

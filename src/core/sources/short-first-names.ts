/**
 * English short forms of first names and the full names they stand for: "Josh Apte" signs the
 * post that "Joshua Apte" is quoted in. A list, not a prefix test ("Paul Reed" and "Paula Reed"
 * are different people), and each short form for one gender's name only. group-mentions.ts
 * applies it only to display names, since siblings and spouses share surnames.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  alex: ['alexander'],
  andy: ['andrew'],
  ben: ['benjamin'],
  bill: ['william'],
  bob: ['robert'],
  chris: ['christopher'],
  dan: ['daniel'],
  dave: ['david'],
  ed: ['edward', 'edwin'],
  greg: ['gregory'],
  jeff: ['jeffrey'],
  jen: ['jennifer'],
  jim: ['james'],
  joe: ['joseph'],
  josh: ['joshua'],
  kate: ['katherine', 'catherine', 'kathryn'],
  ken: ['kenneth'],
  liz: ['elizabeth'],
  matt: ['matthew'],
  mike: ['michael'],
  nick: ['nicholas'],
  pat: ['patrick'],
  rob: ['robert'],
  ron: ['ronald'],
  sam: ['samuel'],
  steve: ['steven', 'stephen'],
  tim: ['timothy'],
  tom: ['thomas'],
  tony: ['anthony'],
  will: ['william'],
};

/** Are the two (lower-case) first names one person's, one being the other's short form? */
export function sameFirstName(a: string, b: string): boolean {
  return a === b || SHORT_FORMS[a]?.includes(b) === true || SHORT_FORMS[b]?.includes(a) === true;
}

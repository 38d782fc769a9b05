/**
 * English short forms of first names and the full names they stand for: "Josh Apte" signs the
 * post that "Joshua Apte" is quoted in. A list, not a prefix test: "Paul Reed" and "Paula Reed",
 * "Carl" and "Carla Jensen" are different people, and spouses and siblings share surnames.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  alex: ['alexander', 'alexandra', 'alexis'],
  andy: ['andrew'],
  ben: ['benjamin'],
  bill: ['william'],
  bob: ['robert'],
  chris: ['christopher', 'christine', 'christina', 'christian'],
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
  pat: ['patrick', 'patricia'],
  rob: ['robert'],
  ron: ['ronald'],
  sam: ['samuel', 'samantha'],
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

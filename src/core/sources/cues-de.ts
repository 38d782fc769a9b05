import { verbForms, words, type LanguageTable } from './language-table';

/**
 * German attribution words. German capitalises every noun, so the finder leans on cue phrases
 * ("laut", "zufolge") and reporting verbs more than on capital letters here.
 */
export const german: LanguageTable = {
  lang: 'de',
  capitalisedNouns: true,
  stopwords: words(
    'der die das und ist nicht sich mit von den dem des ein eine auch auf für wurde',
  ),
  verbs: verbForms(`
    sagte sagt sagten sagen gesagt
    erklärte erklärt erklärten
    betonte betont
    berichtete berichtet berichteten
    teilte mitteilte
    schrieb schreibt
    warnte warnt
    kritisierte kritisiert
    bestätigte bestätigt
    fügte
    meinte meint
    schätzt schätzte
    so
    warf
  `),
  invertible: words('sagte sagt erklärte betonte so schrieb'),
  speakerAfterOnly: words('so'),
  participles: words(''),
  skipBeforeVerb: words(''),
  auxiliaries: words('hat haben hatte habe ist sind war auch bereits zudem außerdem nun'),
  adverbs: /^$/,
  prefixCues: [
    'nach angaben von',
    'nach angaben der',
    'nach angaben des',
    'nach informationen von',
    'nach informationen der',
    'nach informationen des',
    // "Das geht aus einem Entwurf des Ministeriums hervor": the document it emerges from.
    'geht aus',
    'gehen aus',
    'ging aus',
    'laut',
    'wie',
  ],
  channelCues: new Set(),
  suffixCues: ['zufolge'],
  toldVerbs: words('sagte'),
  objectClauseWords: words('was'),
  passiveAgent: '',
  passiveAuxiliaries: words(''),
  relatives: words(''),
  clauseWords: words('und aber dass weil wenn als ob oder denn doch während nachdem bevor'),
  phraseEnders: words('am im in auf bei mit dass am gegenüber zufolge'),
  prepositions: words('von der des für aus am im bei'),
  determiners: words('ein eine einer eines einem einen der die das den dem des mehrere einige'),
  personPronouns: words('er sie'),
  // der/die/das stand for things as much as for people.
  personRelatives: words(''),
  thingPronouns: words('es'),
  possessives: words('sein seine ihr ihre'),
  capitalisedFunctionWords: words(`
    der die das ein eine er sie es wir ich auch aber und doch dann nun laut nach wie so
    montag dienstag mittwoch donnerstag freitag samstag sonntag
  `),
  anonymousHeads: words(`
    sprecher sprecherin sprecherinnen kreise quelle quellen experte experten expertin
    beamter beamte analyst analysten insider diplomat diplomaten ermittler zeugen
    pendler pendlerin anwohner anwohnerin augenzeuge augenzeugin
  `),
  documentHeads: words(
    'bericht studie umfrage gutachten mitteilung erklärung urteil daten entwurf papier schreiben',
  ),
  organizationHeads: words(
    'polizei regierung ministerium behörde unternehmen gericht partei verband institut',
  ),
  outletNouns: words('zeitung blatt magazin sender nachrichtenagentur'),
  mediaDescriptors: words(`
    zeitung magazin sender nachrichtenagentur portal
  `),
  mediaStaff: words('journalist journalistin reporter korrespondent zeitung'),
  organizationDescriptors: words(`
    unternehmen konzern firma bank partei verein behörde
  `),
  titles: words(`
    präsident präsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin minister
    ministerin generalsekretär chef chefin sprecher sprecherin herr frau dr prof
  `),
  nonSources: words('es das dies'),
  // German and French write no possessive 's: the owner rule never applies.
  findingNouns: words(''),
  relativeWords: words(''),
  absoluteWith: words(''),
  channelVerbs: words(''),
};

import { verbForms, words, type LanguageTable } from './language-table';

/** French attribution words ("selon", "a déclaré"). */
export const french: LanguageTable = {
  lang: 'fr',
  capitalisedNouns: false,
  stopwords: words('le la les et des est une un du dans que qui pour pas sur au avec'),
  verbs: verbForms(`
    déclaré déclare
    dit dit
    affirmé affirme
    indiqué indique
    expliqué explique
    ajouté ajoute
    estimé estime
    annoncé annonce
    précisé précise
    souligné souligne
    assuré assure
    confié confie
    rapporté rapporte
    dénoncé dénonce
    réagi réagit
    insisté insiste
    rappelé rappelle
    reconnu reconnaît
    regretté regrette
    martelé martèle
    averti avertit
    prévenu prévient
    jugé juge
    confirmé confirme
  `),
  invertible: words(`
    déclaré dit affirmé indiqué expliqué ajouté estimé précisé souligné annoncé déclare affirme
    indique explique ajoute estime précise souligne assure assuré rappelle rappelé insiste
    insisté réagi réagit reconnaît martèle regrette juge confie confié dénonce
  `),
  speakerAfterOnly: words(''),
  participles: words(''),
  skipBeforeVerb: words('a ont avait'),
  auxiliaries: words('a ont avait avaient aussi également encore déjà'),
  adverbs: /ment$/,
  prefixCues: [
    "d'après",
    'd’après',
    'selon',
    'cité par',
    'a rapporté',
    // "interrogée sur France Inter", "au micro de RTL": the outlet that carried the words.
    'interrogé par',
    'interrogée par',
    'interrogé sur',
    'interrogée sur',
    'au micro de',
  ],
  channelCues: new Set([
    'interrogé par',
    'interrogée par',
    'interrogé sur',
    'interrogée sur',
    'au micro de',
  ]),
  suffixCues: [],
  toldVerbs: words('confié'),
  objectClauseWords: words(''),
  // "confirmé par", but also "a déclaré par ailleurs" (moreover): not worth the confusion.
  passiveAgent: '',
  passiveAuxiliaries: words(''),
  relatives: words(''),
  clauseWords: words('et mais que qui car quand si ou lorsque'),
  phraseEnders: words('à au en le la lundi mardi mercredi jeudi vendredi samedi dimanche que'),
  prepositions: words('de du des pour'),
  determiners: words('un une le la les l des plusieurs certains'),
  personPronouns: words('il elle'),
  // qui stands for things as much as for people.
  personRelatives: words(''),
  thingPronouns: words('ils elles'),
  possessives: words('son sa ses leur leurs'),
  capitalisedFunctionWords: words(`
    le la les un une il elle ils elles mais et selon pour dans lundi mardi mercredi jeudi
    vendredi samedi dimanche
  `),
  anonymousHeads: words(`
    source sources responsable responsables expert experts analyste analystes porte-parole
    proche proches diplomate diplomates enquêteurs témoin témoins riverains habitants
  `),
  documentHeads: words('rapport étude sondage enquête communiqué déclaration décision données'),
  organizationHeads: words(
    'police gouvernement ministère agence entreprise tribunal parti préfecture mairie parquet ' +
      'syndicat syndicats direction institut fédération association conseil',
  ),
  outletNouns: words('journal quotidien hebdomadaire magazine chaîne'),
  mediaDescriptors: words(`
    journal quotidien magazine chaîne agence hebdomadaire
  `),
  mediaStaff: words('journaliste journalistes correspondant reporter journal quotidien'),
  organizationDescriptors: words(`
    entreprise groupe société banque parti association
  `),
  titles: words(`
    président présidente ministre premier secrétaire général directeur directrice porte-parole
    procureur procureure préfet préfète maire juge avocat avocate
    m mme dr
  `),
  nonSources: words('il cela'),
  findingNouns: words(''),
  relativeWords: words('qui dont'),
  absoluteWith: words(''),
  channelVerbs: words(''),
};

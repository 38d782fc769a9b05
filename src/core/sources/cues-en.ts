import { verbForms, words, wordsOrPattern, type LanguageTable } from './language-table';

/** English attribution words. English is the language the finder is tuned on. */
export const english: LanguageTable = {
  lang: 'en',
  capitalisedNouns: false,
  stopwords: words('the and of to in that is was for on with said he she it by from has have'),
  verbs: verbForms(`
    say says said saying
    tell tells told telling
    stated
    add adds added
    write writes wrote written
    tweets tweeted posts posted
    announce announces announced
    confirm confirms confirmed
    deny denies denied
    claim claims claimed
    argue argues argued
    explain explains explained
    note notes noted
    reveal reveals revealed
    report reports reported
    warn warns warned
    insist insists insisted
    acknowledge acknowledges acknowledged
    estimate estimates estimated
    predict predicts predicted
    testify testifies testified
    allege alleges alleged
    ask asks asked
    recall recalls recalled
    remember remembers remembered
    recount recounts recounted
    agreed
    suggest suggests suggested
    accuse accuses accused
    urge urges urged
    comments commented
    admit admits admitted
    concede concedes conceded
    contend contends contended
    assert asserts asserted
    declare declares declared
    reply replies replied
    respond responds responded
    quip quips quipped
    jokes joked
    hint hints hinted
    emphasize emphasizes emphasized emphasise emphasises emphasised
    stress stresses stressed
    observe observes observed
    complain complains complained
    promised pledged
    tout touts touted
    concluded found finds show shows showed indicated indicates
    cite cites cited
    point points pointed
    chimed laughed
    call calls called
    dub dubs dubbed
    describe describes described
    ruled
    forecast
    projected
    caution cautions cautioned
    criticise criticises criticised criticize criticizes criticized
    prove proves proved
    showing warning adding noting arguing explaining
    `),
  invertible: words(
    'said says say added adds asked asks wrote writes explained noted told tells recalled insisted argued warned stated continued',
  ),
  speakerAfterOnly: words(''),
  participles: words('saying adding noting writing explaining arguing warning telling'),
  skipBeforeVerb: words('quoted as'),
  auxiliaries: words(`
    has have had is was were are be been will would could also later previously recently
    reportedly repeatedly again then further earlier once publicly privately separately
    quickly simply only even still already just often frequently initially subsequently
    did does do not never yet first finally quoted as has since later
  `),
  adverbs: /ly$/,
  prefixCues: [
    'in an interview with',
    'in an email to',
    'in a statement to',
    'as reported by',
    'first reported by',
    'according to',
    'a report by',
    'a report from',
    'a study by',
    'a study in',
    'a survey by',
    'a poll by',
    'data from',
    'cited by',
    'citing',
    'provided by',
    'surveyed by',
    'polled by',
    'via',
    'per',
  ],
  channelCues: new Set(['in an interview with', 'in an email to', 'in a statement to']),
  suffixCues: [],
  toldVerbs: words('told tells tell telling'),
  clauseWords: words(`
    and but that while as after when because so since although though if where or before
    until whereas whether which who whom whose unless however meanwhile
  `),
  objectClauseWords: words('what how why'),
  passiveAgent: 'by',
  passiveAuxiliaries: words('is are was were be been being'),
  relatives: words(`
    mother father mothers fathers wife husband son daughter sons daughters sister brother
    sisters brothers family parents grandmother grandfather aunt uncle cousin widow widower
  `),
  phraseEnders: words(`
    when that who which whose as after before while because on in at by last this earlier
    later during since if where said says told tells added adds on monday tuesday wednesday
    thursday friday saturday sunday yesterday today tonight recently previously also
    and or but with to
  `),
  prepositions: words(
    'of for at in from with on to by about across among within near inside outside around',
  ),
  determiners: words('a an the one two three four five several some many other another both'),
  personPronouns: words('he she'),
  personRelatives: words('who whom whose'),
  thingPronouns: words('it they'),
  possessives: words('his her its their our my your'),
  capitalisedFunctionWords: words(`
    however but and the a an in on at after before meanwhile still also this that these those
    it he she they we i you his her their its our when while as if then now so yet there here
    asked speaking earlier later last next according per via citing mr mrs ms dr never
    during despite under over with without for from by through since until among amid
    following into upon about across against toward towards within beyond
    we've we're i've i'm you've they've they're it's that's there's here's what's let's who's
    see
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
  `),
  // Plural professions are an open class: "Meteorologists say", "epidemiologists warned".
  anonymousHeads: wordsOrPattern(
    `
    official officials source sources analyst analysts expert experts people person
    spokesperson spokesman spokeswoman spokespeople representative representatives aide aides
    diplomat diplomats observer observers economist economists researcher researchers
    scientist scientists investigator investigators authorities prosecutor prosecutors
    trader traders doctor doctors witness witnesses resident residents employee employees
    insider insiders adviser advisers advisor advisors executive executives lawyer lawyers
    attorney attorneys critic critics forecaster forecasters leader leaders member members
    worker workers officer officers student students user users customer customers fan fans
    activist activists protester protesters protestors lawmaker lawmakers legislator legislators
    author authors consumer consumers staffer staffers staff strategist strategists
    economist scholars scholar engineers engineer nurse nurses teacher teachers parent
    parents villager villagers survivor survivors victim victims neighbor neighbors neighbour
    neighbours friend friends relative relatives diplomat envoy insurers investors investor
    banker bankers manager managers players player coach coaches man woman men women
    attendees speakers organizers organisers planners negotiators supporters opponents
    someone somebody commentators pundits voters respondents groups advocates campaigners
    juror jurors judges panelists panellists seller sellers buyer buyers shopper shoppers
  `,
    /^\p{Ll}{3,}(?:ologists|icians|ists)$/u,
  ),
  documentHeads: words(`
    report reports study studies survey surveys poll polls filing filings ruling rulings
    statement statements paper papers release releases analysis data letter letters memo
    memos document documents complaint lawsuit indictment affidavit research estimate
    estimates figures statistics census tweet tweets post posts video book article review
    audit assessment forecast index records transcript testimony presentation announcement
    website email emails message messages decision order verdict judgment judgement findings
    model projection projections survey videos guidance
  `),
  organizationHeads: words(`
    police government ministry department office agency company military army navy court
    commission committee council administration union unions firm brokerage bank embassy
    authority board party team club league federation association institute university
    campaign network service services group organization organisation foundation
    ministries departments committees agencies governments companies firms banks councils
    commissions offices district districts
  `),
  outletNouns: words('newspaper daily tabloid magazine broadcaster network outlet publication'),
  mediaDescriptors: words(`
    publication newspaper paper magazine outlet broadcaster tabloid daily weekly network
    channel site website journal wire newswire blog podcast
  `),
  mediaStaff: words(
    'journalist journalists reporter reporters correspondent correspondents interviewer newspaper paper tabloid magazine broadcaster',
  ),
  organizationDescriptors: words(`
    company firm group label bank lender insurer maker manufacturer automaker carmaker
    retailer startup start-up giant conglomerate brokerage provider operator developer
    publisher studio studios carrier airline supplier chain platform agency organization
    organisation charity nonprofit non-profit club team party union fund investor
    consultancy consultant regulator watchdog app service institute university contractor
    vendor distributor subsidiary
  `),
  titles: words(`
    president vice secretary general secretary-general minister prime chief executive ceo
    cfo coo cto chairman chairwoman chair director governor gov senator sen rep
    representative congressman congresswoman mayor judge justice ambassador commissioner
    spokesman spokeswoman spokesperson coach captain manager professor prof dr mr mrs ms sir
    dame lord lady king queen prince princess pope gen col lt sgt cmdr adm capt maj officer
    inspector superintendent speaker leader founder co-founder cofounder chancellor attorney
    analyst economist strategist host anchor editor reporter correspondent deputy acting
    interim former senior associate assistant head lead sheriff commander admiral colonel
    lieutenant sergeant dean rabbi bishop cardinal rev defenseman quarterback guard forward
    striker midfielder goalkeeper pitcher actor actress singer author scientist researcher
    chairperson treasurer counsel general insider co-ceo founder manager trustee premier
    emir sheikh ayatollah crown st saint republican democrat
  `),
  nonSources: words(`
    bill law rule rules plan deal move decision fact idea numbers number it this that what
    time year years day days week weeks month months
  `),
  findingNouns: words(`
    calculations calculation numbers tally count counts results result tests experiments
    measurements observations modelling modeling simulations simulation work reckoning
    projections estimates polling research review reviews investigation investigations inquiry
    inquiries probe probes tracking reporting monitoring
  `),
  relativeWords: words('who which whose whom'),
  absoluteWith: words('with'),
  channelVerbs: words('took turned went taken turning taking'),
};

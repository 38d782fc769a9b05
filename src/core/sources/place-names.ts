/**
 * Places that act as governments in news ("China said", "Moscow denied", "South Dakota says"):
 * countries, US states, Canadian provinces and capitals, lower case, one name per entry (some of
 * several words). Left out: places that are as often a person's name ("Jordan", "Chad",
 * "Georgia", "Virginia", "Victoria", "Santiago", "Sofia", "Wellington"), which would turn a
 * person cited by name into a government.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  [
    // Countries and unions.
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan',
    'bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia',
    'botswana brazil britain brunei bulgaria burundi cambodia cameroon canada chile china',
    'colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt',
    'england eritrea estonia eswatini ethiopia europe fiji finland france gabon gambia germany',
    'ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia',
    'iran iraq ireland israel italy jamaica japan kazakhstan kenya kiribati kosovo kuwait',
    'kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg',
    'madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova',
    'monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands',
    'nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru',
    'philippines poland portugal qatar romania russia rwanda samoa saudi scotland senegal serbia',
    'seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria',
    'taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda',
    'ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen zambia zimbabwe',
    'us u.s. usa america uk u.k. uae eu un nato kremlin',
    // US states and Canadian provinces.
    'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho',
    'illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan',
    'minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania',
    'tennessee texas utah vermont wisconsin wyoming ontario quebec alberta manitoba saskatchewan',
    'newfoundland',
    // Capitals and seats of government.
    'beijing moscow washington kyiv kiev tehran london paris berlin tokyo brussels ankara',
    'damascus cairo riyadh seoul pyongyang taipei ottawa canberra rome madrid warsaw budapest',
    'vienna athens delhi islamabad kabul baghdad beirut amman doha dubai jerusalem minsk tbilisi',
    'baku yerevan astana tashkent hanoi manila jakarta bangkok brasilia bogota caracas havana',
    'nairobi pretoria lagos abuja khartoum tripoli tunis algiers rabat dublin edinburgh cardiff',
    'lisbon amsterdam copenhagen oslo stockholm helsinki tallinn riga vilnius prague bratislava',
    'bucharest belgrade zagreb ljubljana sarajevo skopje tirana chisinau bern geneva shanghai',
    'westminster whitehall',
  ]
    .join(' ')
    .split(' ')
    .concat([
      'united states', 'united kingdom', 'united arab emirates', 'saudi arabia', 'south korea',
      'north korea', 'south africa', 'new zealand', 'sri lanka', 'costa rica', 'el salvador',
      'hong kong', 'czech republic', 'ivory coast', 'puerto rico', 'dominican republic',
      'sierra leone', 'burkina faso', 'south sudan', 'east timor', 'san marino', 'vatican city',
      'papua new guinea', 'new york', 'new jersey', 'new mexico', 'new hampshire',
      'north carolina', 'south carolina', 'north dakota', 'south dakota', 'rhode island',
      'west virginia', 'british columbia', 'nova scotia', 'new brunswick', 'prince edward island',
      'new delhi', 'abu dhabi', 'tel aviv', 'kuala lumpur', 'buenos aires', 'mexico city',
      'addis ababa', 'the hague', 'downing street', 'capitol hill',
    ]), // prettier-ignore
);

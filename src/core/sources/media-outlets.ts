/**
 * Well-known news outlets and wire services, written from general knowledge. Each line: the name,
 * then "|"-separated aliases, then the outlet's web domains after "@". The list only has to cover
 * outlets whose names do not look like outlets ("Reuters", "Politico"); names ending in News,
 * Times, Post... are recognised by classify-kind.ts.
 */
const OUTLETS = `
Reuters @reuters.com
The Associated Press|Associated Press|AP @apnews.com ap.org
Agence France-Presse|AFP @afp.com
Bloomberg|Bloomberg News @bloomberg.com
BBC|BBC News|the BBC @bbc.com bbc.co.uk
CNN @cnn.com
CNBC @cnbc.com
MSNBC @msnbc.com
NBC|NBC News @nbcnews.com
ABC|ABC News @abcnews.go.com abc.net.au
CBS|CBS News @cbsnews.com
Fox News @foxnews.com
NPR @npr.org
Argus Leader|Sioux Falls Argus Leader @argusleader.com
PBS @pbs.org
Al Jazeera @aljazeera.com
The New York Times|New York Times|NYT @nytimes.com
The Washington Post|Washington Post @washingtonpost.com
The Wall Street Journal|Wall Street Journal|WSJ @wsj.com
USA Today @usatoday.com
Los Angeles Times|LA Times @latimes.com
The Guardian|Guardian @theguardian.com
The Times @thetimes.co.uk
The Telegraph|Daily Telegraph @telegraph.co.uk
The Independent @independent.co.uk
Financial Times|FT @ft.com
The Economist @economist.com
Politico @politico.com politico.eu
Axios @axios.com
The Hill @thehill.com
Vox @vox.com
Newsweek @newsweek.com
The Atlantic @theatlantic.com
The New Yorker @newyorker.com
BuzzFeed News|BuzzFeed @buzzfeednews.com buzzfeed.com
HuffPost|Huffington Post @huffpost.com
Business Insider @businessinsider.com insider.com
Forbes @forbes.com
Fortune @fortune.com
The Verge @theverge.com
Wired @wired.com
TechCrunch @techcrunch.com
Engadget @engadget.com
Ars Technica @arstechnica.com
Gizmodo @gizmodo.com
Mashable @mashable.com
Variety @variety.com
Deadline @deadline.com
The Hollywood Reporter @hollywoodreporter.com
The Wrap|TheWrap @thewrap.com
Rolling Stone @rollingstone.com
TMZ @tmz.com
ESPN @espn.com
Sky News @news.sky.com sky.com
ITV|ITV News @itv.com
Channel 4 News @channel4.com
Daily Mail|Mail Online|MailOnline @dailymail.co.uk
The Sun @thesun.co.uk
Daily Mirror|The Mirror @mirror.co.uk
Daily Express @express.co.uk
Evening Standard @standard.co.uk
The Irish Times @irishtimes.com
Der Spiegel|Spiegel @spiegel.de
Bild|BILD @bild.de
Die Zeit|Zeit @zeit.de
Süddeutsche Zeitung @sueddeutsche.de
Frankfurter Allgemeine Zeitung|FAZ @faz.net
Die Welt|Welt @welt.de
Deutsche Welle|DW @dw.com
dpa|Deutsche Presse-Agentur @dpa.com
Le Monde @lemonde.fr
Le Figaro @lefigaro.fr
France Inter @radiofrance.fr
Franceinfo|France Info @francetvinfo.fr
France Télévisions|France 2|France 3 @france.tv
RTL @rtl.fr
Europe 1 @europe1.fr
BFMTV|BFM TV @bfmtv.com
TF1|LCI @tf1info.fr lci.fr
Ouest-France @ouest-france.fr
Les Echos @lesechos.fr
Le Point @lepoint.fr
L'Express @lexpress.fr
Le Parisien @leparisien.fr
Mediapart @mediapart.fr
Handelsblatt @handelsblatt.com
ARD|ARD-Hauptstadtstudio|tagesschau @tagesschau.de ard.de
ZDF @zdf.de
Deutschlandfunk @deutschlandfunk.de
RedaktionsNetzwerk Deutschland|RND @rnd.de
Funke Mediengruppe|Funke-Mediengruppe @funkemedien.de
Stern @stern.de
Focus @focus.de
taz @taz.de
Libération @liberation.fr
France 24 @france24.com
RFI @rfi.fr
El País @elpais.com
Corriere della Sera @corriere.it
La Repubblica @repubblica.it
ANSA @ansa.it
EFE @efe.com
Xinhua @xinhuanet.com
Kyodo|Kyodo News @kyodonews.net
NHK @nhk.or.jp
Yonhap @yonhapnews.co.kr
TASS @tass.com
RIA Novosti @ria.ru
Interfax @interfax.com
RT @rt.com
Sputnik @sputniknews.com
Ukrinform @ukrinform.net
The Kyiv Independent|Kyiv Independent @kyivindependent.com
Haaretz @haaretz.com
The Times of India|Times of India @timesofindia.indiatimes.com
Hindustan Times @hindustantimes.com
NDTV @ndtv.com
Press Trust of India|PTI @ptinews.com
South China Morning Post|SCMP @scmp.com
The Sydney Morning Herald @smh.com.au
CBC|CBC News @cbc.ca
The Globe and Mail @theglobeandmail.com
Toronto Star @thestar.com
The Canadian Press @thecanadianpress.com
Voice of America|VOA @voanews.com
Radio Free Europe/Radio Liberty|RFE/RL @rferl.org
Nature @nature.com
The Lancet|Lancet @thelancet.com
Chicago Tribune @chicagotribune.com
The Boston Globe|Boston Globe @bostonglobe.com
San Francisco Chronicle @sfchronicle.com
Miami Herald @miamiherald.com
Yahoo News @yahoo.com
Axel Springer @axelspringer.com
Nikkei|Nikkei Asia @nikkei.com
Caixin @caixinglobal.com
Slate @slate.com
Salon @salon.com
Mother Jones @motherjones.com
ProPublica @propublica.org
The Intercept @theintercept.com
Semafor @semafor.com
Vice News @vice.com
`;

export interface Outlet {
  names: string[];
  domains: string[];
}

/**
 * squash() results by name: outlet checks and grouping ask again for every mention of a name, and
 * the Unicode replace is the costly part. Cleared when full, so a long run's memory stays bounded.
 */
const squashed = new Map<string, string>();
const MAX_SQUASHED = 4096;

/** Lower-cased letters and digits only: "The Wall Street Journal" -> "wallstreetjournal". */
export function squash(name: string): string {
  let key = squashed.get(name);
  if (key === undefined) {
    key = name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[’']s$/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (squashed.size >= MAX_SQUASHED) squashed.clear();
    squashed.set(name, key);
  }
  return key;
}

export const outlets: Outlet[] = OUTLETS.trim()
  .split('\n')
  .map((line) => {
    const [names = '', domains = ''] = line.split('@');
    return {
      names: names
        .split('|')
        .map((n) => n.trim())
        .filter(Boolean),
      domains: domains.split(/\s+/).filter(Boolean),
    };
  });

const byName = new Map<string, Outlet>();
for (const outlet of outlets) for (const name of outlet.names) byName.set(squash(name), outlet);

/** The outlet a name refers to, if it is a known one. */
export function findOutlet(name: string): Outlet | undefined {
  return byName.get(squash(name));
}

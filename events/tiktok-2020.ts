/**
 * The demo timeline: the story of the article "USA monitor with data from TikTok"
 * (published 2020-08-24). Built from every row of the checked facts table
 * (`shared/seed/event-facts.md`); each date keeps the precision that is actually known.
 *
 * `events/tiktok-2020.json` (what pages load with `src=`) is generated from this module by
 * `npm run build:events`; do not edit the JSON by hand.
 */
import type { TimelineDocument, TimelineSource } from '../src/model/types.js';

/** The article's own links, reused by several events. */
const link = {
  interceptModeration: {
    label: 'The Intercept: Invisible censorship (16 March 2020)',
    url: 'https://theintercept.com/2020/03/16/tiktok-app-moderators-users-discrimination/',
  },
  interceptBlueLeaksTikTok: {
    label: 'The Intercept: Leaked documents reveal what TikTok shares with authorities',
    url: 'https://theintercept.com/2020/08/10/blueleaks-tiktok-law-enforcement-privacy/',
  },
  blueLeaks: {
    label: 'The Intercept: BlueLeaks collection',
    url: 'https://theintercept.com/collections/blueleaks/',
  },
  tiktokTransparency: {
    label: 'TikTok transparency report',
    url: 'https://www.tiktok.com/safety/resources/transparency-report?lang=en',
  },
  facebookTransparency: {
    label: 'Facebook: Government requests for user data',
    url: 'https://transparency.facebook.com/government-data-requests',
  },
  reuters: {
    label: 'Reuters: ByteDance unit establishes venture with Chinese state media firm',
    url: 'https://www.reuters.com/article/us-bytedance-filing/bytedance-unit-establishes-venture-with-chinese-state-media-firm-idUSKBN1YI099',
  },
  bbc: {
    label: "BBC: Disney's head of streaming to become CEO of TikTok",
    url: "https://www.bbc.com/news/technology-52717333#:~:text=Disney's%20head%20of%20streaming%20Kevin,the%20platform's%20Chinese%20parent%20company.",
  },
  mainer: {
    label: 'Mainer: Maine spy agency pushed absurd claim that TikTok teen trained terrorists',
    url: 'https://mainernews.com/maine-spy-agency-pushed-absurd-claim-that-tiktok-teen-trained-terrorists/',
  },
  fbiSitrep1: {
    label: 'FBI: Civil Unrest May 2020 Situation Report (DocumentCloud)',
    url: 'https://www.documentcloud.org/documents/6981488-June-2-FBI-SITREP.html',
  },
  fbiSitrep2: {
    label: 'FBI SITREP, 5 June (DocumentCloud)',
    url: 'https://www.documentcloud.org/documents/7032551-SITREP-5-JUN-1200-FINAL-OPE.html',
  },
  miacReport: {
    label: 'MIAC intelligence report (DocumentCloud)',
    url: 'https://www.documentcloud.org/documents/7032553-U-FOUO-Social-Media-User-Provides-TTPs-to.html',
  },
  openSecrets: {
    label: 'OpenSecrets: TikTok deploys lobbyists tied to Trump, top Democrats',
    url: 'https://www.opensecrets.org/news/2020/07/tiktok-deploys-lobbyists/',
  },
  businessInsider: {
    label: "Business Insider: What it looks like when TikTok hands over a user's data to police",
    url: 'https://www.businessinsider.com/tiktok-police-law-enforcement-requests-2020-7?r=US&IR=T',
  },
  wikiMusicalLy: { label: 'Wikipedia: Musical.ly', url: 'https://en.wikipedia.org/wiki/Musical.ly' },
  wikiFloyd: {
    label: 'Wikipedia: Murder of George Floyd',
    url: 'https://en.wikipedia.org/wiki/Murder_of_George_Floyd',
  },
  wikiProtests: {
    label: 'Wikipedia: George Floyd protests',
    url: 'https://en.wikipedia.org/wiki/George_Floyd_protests',
  },
  wikiEo: {
    label: 'Wikipedia: Executive Order 13942',
    url: 'https://en.wikipedia.org/wiki/Executive_Order_13942',
  },
  wikiMinneapolis: {
    label: 'Wikipedia: George Floyd protests in Minneapolis–Saint Paul',
    url: 'https://en.wikipedia.org/wiki/George_Floyd_protests_in_Minneapolis%E2%80%93Saint_Paul',
  },
  wikiRestrictions: {
    label: 'Wikipedia: Restrictions on TikTok in the United States',
    url: 'https://en.wikipedia.org/wiki/Restrictions_on_TikTok_in_the_United_States',
  },
  microsoft: {
    label: 'Microsoft: discussions on a potential TikTok purchase (2 August 2020)',
    url: 'https://blogs.microsoft.com/blog/2020/08/02/microsoft-to-continue-discussions-on-potential-tiktok-purchase-in-the-united-states/',
  },
  // Relative URLs in a document loaded with `src` resolve against the document's own URL.
  article: { label: 'The article: USA monitor with data from TikTok', url: '../demo/article.html' },
} satisfies Record<string, TimelineSource>;

/** The demo document. */
export const tiktok2020 = {
  title: 'USA monitor with data from TikTok',
  description:
    // Short: on a phone the title card, with its Start, follows the page's own headline and intro.
    'The BlueLeaks files, the FBI watching TikTok during the George Floyd protests and the ' +
    "deadline for TikTok's sale, from the article of 24 August 2020.",
  lanes: [
    { id: 'government', label: 'Government', color: '#3a78c9' },
    { id: 'police', label: 'Police & intelligence', color: '#c65a1e' },
    { id: 'company', label: 'TikTok / ByteDance', color: '#12876f' },
    { id: 'press', label: 'Leaks & press', color: '#a45ec2' },
  ],
  events: [
    {
      id: 'bytedance-buys-musically',
      start: '2017-11',
      lane: 'company',
      title: 'ByteDance buys Musical.ly',
      summary: 'ByteDance buys the app Musical.ly, which is later merged into TikTok.',
      sources: [link.wikiMusicalLy, link.article],
    },
    {
      id: 'musically-merged',
      start: '2018-08-02',
      lane: 'company',
      title: 'Musical.ly merged into TikTok',
      summary: 'The Musical.ly app is merged into TikTok.',
      sources: [link.wikiMusicalLy],
    },
    {
      id: 'transparency-report-2019',
      start: '2019-07-01',
      end: '2019-12-31',
      lane: 'company',
      title: 'TikTok transparency report period',
      summary:
        "TikTok's transparency report counts 100 U.S. requests for 107 accounts, with data produced in 82% of cases. " +
        'For the same period Facebook reports 51,121 U.S. requests, with data produced in 88% of cases.',
      tags: ['data requests'],
      media: {
        src: '../demo/media/transparency-requests-2019.svg',
        alt:
          'Bar chart of U.S. government requests for user data, July to December 2019: Facebook received 51,121 and produced data in 88% of cases; ' +
          'TikTok received 100, for 107 accounts, and produced data in 82% of cases. TikTok’s bar is a sliver beside Facebook’s.',
        credit: 'Chart: event-timeline demo, from the TikTok and Facebook transparency reports',
      },
      sources: [link.tiktokTransparency, link.facebookTransparency],
    },
    {
      id: 'state-media-joint-venture',
      start: '2019-12-10',
      lane: 'company',
      title: 'Joint venture with Chinese state media',
      summary:
        'A ByteDance unit forms a joint venture with a Chinese state media group. Reuters reported it on 14 December 2019.',
      sources: [link.reuters],
    },
    {
      id: 'intercept-moderation',
      start: '2020-03-16',
      lane: 'press',
      title: 'Intercept: moderators told to hide posts',
      summary:
        'The Intercept reports internal documents that told moderators to suppress posts by users deemed poor, ugly or disabled.',
      sources: [link.interceptModeration],
    },
    {
      id: 'mayer-ceo',
      start: '2020-05-18',
      lane: 'company',
      title: 'Kevin Mayer named TikTok CEO',
      summary: "TikTok names Disney's head of streaming, Kevin Mayer, as its CEO.",
      sources: [link.bbc],
    },
    {
      id: 'george-floyd-killed',
      start: '2020-05-25',
      lane: 'police',
      title: 'George Floyd killed by police',
      summary: 'George Floyd is killed by police in Minneapolis.',
      sources: [link.wikiFloyd],
    },
    {
      id: 'protests',
      start: '2020-05-26',
      end: '2020-06',
      approximate: true,
      lane: 'police',
      title: 'Protests across the U.S.',
      summary:
        "Protests spread across the U.S. after George Floyd's death. Their end is known only to the month.",
      sources: [link.wikiProtests],
    },
    {
      id: 'national-guard-minneapolis',
      start: '2020-05-28',
      lane: 'government',
      title: 'National Guard activated in Minneapolis',
      summary: 'The National Guard is activated in Minneapolis.',
      sources: [link.wikiMinneapolis],
    },
    {
      id: 'dhs-riot-tips',
      start: '2020-05-31',
      lane: 'police',
      title: 'DHS: satire video as "riot tips"',
      summary:
        'A DHS report treats a 19-year-old\'s satirical TikTok video as "tips on how to riot".',
      tags: ['BlueLeaks'],
      sources: [link.mainer],
    },
    {
      id: 'fbi-sitrep-1',
      start: '2020-06-02',
      lane: 'police',
      title: 'First FBI SITREP names TikTok',
      summary:
        'The FBI "Civil Unrest May 2020 Situation Report" (SITREP) lists TikTok among the apps used to discuss violence.',
      tags: ['BlueLeaks'],
      sources: [link.fbiSitrep1],
    },
    {
      id: 'miac-bulletin',
      start: '2020-06-02',
      lane: 'police',
      title: 'Maine fusion center shares the video',
      summary:
        'Maine\'s fusion center (MIAC) sends the video to police across Maine as "tactics, techniques and procedures" (TTPs) to "disrupt the National Guard".',
      tags: ['BlueLeaks'],
      sources: [link.miacReport, link.mainer],
    },
    {
      id: 'fbi-sitrep-2',
      start: '2020-06-05',
      lane: 'police',
      title: 'Second FBI SITREP: body armour video',
      summary:
        'A second FBI SITREP warns of a TikTok video about removing military body armour.',
      tags: ['BlueLeaks'],
      sources: [link.fbiSitrep2],
    },
    {
      id: 'blueleaks',
      start: '2020-06-19',
      lane: 'press',
      title: 'DDoSecrets publishes BlueLeaks',
      summary:
        'DDoSecrets publishes BlueLeaks: 269 GB, over a million files from 200+ U.S. agencies.',
      tags: ['BlueLeaks'],
      sources: [link.blueLeaks],
      media: {
        src: '../demo/media/blueleaks-in-numbers.svg',
        alt: 'BlueLeaks in numbers: 269 gigabytes of data, over one million files, from more than 200 U.S. police and government agencies.',
        credit: 'Graphic: event-timeline demo, from The Intercept’s BlueLeaks collection',
      },
    },
    {
      id: 'pompeo-accusation',
      start: '2020-07',
      lane: 'government',
      title: 'Pompeo accuses TikTok',
      summary:
        'Secretary of State Mike Pompeo accuses TikTok of passing user data to Beijing.',
      sources: [link.wikiRestrictions, link.article],
    },
    {
      id: 'tiktok-lobbyists',
      start: '2020-07',
      lane: 'company',
      title: 'TikTok hires lobbyists',
      summary: 'TikTok hires lobbyists tied to the Trump campaign and top Democrats.',
      sources: [link.openSecrets],
    },
    {
      id: 'business-insider-leak',
      start: '2020-07',
      lane: 'press',
      title: 'Business Insider: data handed to police',
      summary:
        "Business Insider reports leaked documents that show TikTok handing a user's data to police.",
      sources: [link.businessInsider],
    },
    {
      id: 'microsoft-talks',
      start: '2020-08-02',
      lane: 'company',
      title: 'Microsoft confirms TikTok talks',
      summary: "Microsoft confirms talks to buy TikTok's U.S. business.",
      sources: [link.microsoft],
    },
    {
      id: 'mainer-report',
      start: '2020-08-04',
      lane: 'press',
      title: 'Mainer: "TikTok teen" claim exposed',
      summary:
        'Mainer publishes "Maine spy agency pushed absurd claim that TikTok teen trained terrorists".',
      sources: [link.mainer],
    },
    {
      id: 'executive-order',
      start: '2020-08-06',
      lane: 'government',
      title: 'Trump signs EO 13942',
      summary:
        'President Trump signs an executive order (EO 13942): transactions with ByteDance are banned after 45 days unless TikTok is sold.',
      sources: [link.wikiEo],
    },
    {
      id: 'intercept-blueleaks-tiktok',
      start: '2020-08-10',
      lane: 'press',
      title: 'Intercept: what TikTok shares',
      summary:
        'The Intercept reports leaked documents that reveal what TikTok shares with U.S. authorities.',
      tags: ['BlueLeaks'],
      sources: [link.interceptBlueLeaksTikTok],
    },
    {
      id: 'article-published',
      start: '2020-08-24',
      lane: 'press',
      title: 'This article is published',
      summary: 'The article "USA monitor with data from TikTok" is published.',
      sources: [link.article],
    },
    {
      id: 'eo-deadline',
      start: '2020-09-20',
      lane: 'government',
      kind: 'deadline',
      title: 'Deadline of the executive order',
      summary:
        'Deadline of the executive order: the sale must be done, or all transactions are banned.',
      sources: [link.wikiEo],
    },
  ],
} satisfies TimelineDocument;

import type { Policy } from './catalog';

/** IPR Protection Policy, paraphrased. */
export const IPR_PROTECTION_POLICY: Policy = {
  slug: 'ipr-protection-policy',
  title: 'IPR Protection Policy',
  topic: 'Intellectual property',
  summary:
    'Rights owners can complain about listings that misuse their brands or works, and the marketplace takes those complaints seriously. It separates misuse in the listing text from actually selling fakes.',
  source: 'AliExpress Intellectual Property Rights (IPR) Protection Policy, updated 10 Feb 2014',
  breach:
    'A confirmed complaint takes the listings down. General infringements (a brand misused in the title, description or store name) add points, but all of them on one day together add no more than 6. A serious infringement (selling fakes or pirated copies) is a strike: the first freezes the shop for 1 day, the second for 7 days, and the third closes the account, with strikes found within 3 days of each other counted as one.',
  examples: {
    allowed: [
      '"Case for iPhone 15, shockproof TPU"',
      '"Replacement band compatible with Fitbit Charge 6"',
      '"Nike Air Max 90, men, size 42" (from a seller whose Nike authorisation is on file)',
      '"Unbranded leather belt, silver buckle, 110 cm"',
    ],
    notAllowed: [
      '"iPhone case, original Apple logo" (from a seller without Apple\'s authorisation)',
      '"Belt for Gucci, double-G buckle" (compatibility wording does not cover clothing, jewellery or bags)',
      'Naming an unauthorised shop "Official Adidas Store"',
      '"Louis Vuitton 1:1 mirror-quality handbag"',
      '"Microsoft Office 2021 OEM key, lifetime activation"',
    ],
  },
  clauses: [
    {
      id: 'general-infringement',
      title: 'General infringement',
      explanation:
        "Using someone else's trademark or copyrighted work unfairly in your listing text, such as the title, the description or your store name, without selling a fake. It is the lighter kind, and all such cases on one day together cost at most 6 points.",
    },
    {
      id: 'serious-infringement',
      title: 'Serious infringement',
      explanation:
        'Selling counterfeit or pirated goods. Cases found within 3 days of each other are counted as one, and the third serious infringement closes the shop.',
    },
    {
      id: 'authorised-brands',
      title: 'Selling genuine branded goods',
      explanation:
        'You may sell branded products when the brand owner has authorised you and that authorisation is on record. Keep the document current; an expired one does not protect you.',
    },
  ],
};

/**
 * Enforcement Actions for IPR Infringement Claims, paraphrased. The numbers are the
 * demo marketplace's rules, taken from the Alibaba.com points scheme as the brief says.
 */
export const IPR_ENFORCEMENT_ACTIONS: Policy = {
  slug: 'ipr-enforcement-actions',
  title: 'Enforcement Actions for IPR Infringement Claims',
  topic: 'Intellectual property',
  summary:
    'Explains how confirmed violations turn into points and what each points level does to your shop. Points expire after a year, and you can appeal.',
  source:
    'AliExpress Enforcement Actions for IPR Infringement Claims, updated 11 Jan 2018, with the Alibaba.com points scale used as the demo rules',
  breach:
    'Points from confirmed violations add up: 6 bring a severe warning, 12 restrict your listings for 7 days, 24 for 14 days with no promotions, 36 for 21 days with every product removed, and 48 close the account. No more than 12 points can be added in one day unless a single 48 is issued, and each penalty drops off after 365 days. Serious IP infringements freeze the shop for 1 day the first time and 7 days the second; the third closes it.',
  examples: {
    allowed: [
      "Answering a rights owner's complaint within 3 working days with your authorisation letter and supplier invoices",
      'Appealing a prohibited-item penalty on day 5 with photos showing the "gun" is a glue gun',
      'Taking a disputed listing offline yourself while you collect your evidence',
      'Appealing two different penalty records, once each',
    ],
    notAllowed: [
      'Relisting a removed counterfeit under a new title',
      'Filing a second appeal against a penalty whose appeal was already decided',
      'Opening a new shop account to escape points as the total nears 48',
      'Letting a complaint go unanswered past 3 working days and expecting the listings to stay up',
    ],
  },
  clauses: [
    {
      id: 'points',
      title: 'How points are given',
      explanation:
        "Each confirmed violation adds points to your shop's total. Prohibited items cost between 0.5 and 48 points depending on how dangerous they are; brand problems follow the general and serious rules.",
    },
    {
      id: 'daily-cap',
      title: 'Daily caps',
      explanation:
        'Your shop can gain at most 12 points in one day, unless a single 48-point violation is issued. All general IP infringements on the same day add up to no more than 6 points.',
    },
    {
      id: 'serious-grouping',
      title: 'Grouping serious infringements',
      explanation:
        'Serious IP infringements found within 3 days of each other count as one. The first one freezes the shop for 1 day and the second for 7 days (reported second-hand); the third closes the account.',
    },
    {
      id: 'thresholds',
      title: 'Penalty levels',
      explanation:
        'At 6 points you get a severe warning. At 12 your listings are restricted for 7 days; at 24 for 14 days with no promotions; at 36 for 21 days with all products taken down; at 48 the account is closed.',
    },
    {
      id: 'expiry',
      title: 'When points expire',
      explanation:
        'Each penalty stays on your record for 365 days from the day it was given and then drops off your total.',
    },
    {
      id: 'response-window',
      title: 'Answering a complaint',
      explanation:
        'When a rights owner complains about your listing you have 3 working days to respond with evidence. If you do not, the listings named in the complaint are removed.',
    },
    {
      id: 'appeal',
      title: 'Appealing a penalty',
      explanation:
        'You have 7 days from a prohibited-item penalty to appeal it, and each penalty can be appealed only once, so attach your strongest evidence the first time.',
    },
  ],
};

/** The AliExpress Russia page on reporting an IP infringement, paraphrased. */
export const REPORTING_IP_INFRINGEMENT: Policy = {
  slug: 'reporting-ip-infringement',
  title: 'Reporting an IP Infringement',
  topic: 'Intellectual property',
  summary:
    'What a rights owner has to send for a complaint to be accepted on the Russian platform. Sellers can use it to check whether a complaint against them is complete and admissible.',
  source: 'AliExpress Russia page on reporting an intellectual property infringement',
  breach:
    'This page sets the rules for complaints, not penalties. A complaint without a link to a specific listing, proof of the right, proof of authority or contact details is not reviewed, so nothing happens to the seller. A complaint that is accepted can get the named listings removed if the seller does not answer within 3 working days, and then counts as a general or serious infringement under the IPR enforcement rules.',
  examples: {
    allowed: [
      'A trademark owner complains with its registration certificate, a power of attorney for its agent and direct links to the three listings',
      'A photographer reports a copied product photo and attaches the original image files',
      "A seller answers a forwarded complaint with proof the goods came from the brand's official distributor in Russia",
    ],
    notAllowed: [
      'A complaint that names a shop but links to no particular listing',
      'An exclusive distributor complaining that a reseller sells genuine goods it imported itself',
      'A complaint about genuine goods that were already lawfully put on sale in Russia',
      'Sending a letter that merely consents to sales as proof of authorisation',
    ],
  },
  clauses: [
    {
      id: 'contents',
      title: 'What the complaint must describe',
      explanation:
        'The complaint has to say which right is infringed, show evidence of it, state what the complainant wants, and give a direct link to the offending listing.',
    },
    {
      id: 'proof-of-right',
      title: 'Proof that the right exists',
      explanation:
        'Depending on the right: a trademark certificate, a patent, or for copyright the original files, contracts or licences from the author, or a deposit certificate. A letter merely consenting to sales does not count as authorisation.',
    },
    {
      id: 'proof-of-authority',
      title: 'Proof of authority',
      explanation:
        'The person filing must show they own the right or are entitled to act for its owner, for example with a power of attorney.',
    },
    {
      id: 'contacts',
      title: 'Contact details',
      explanation:
        'The complainant must give a way to reach them. The platform can ask for more information, and a complaint missing the required data is not reviewed.',
    },
    {
      id: 'not-considered',
      title: 'Complaints that are not reviewed',
      explanation:
        'Complaints are rejected when they do not point to a specific listing, when they are really a quarrel about distribution (for example an exclusive distributor against a reseller), or when the goods were already lawfully put on the market in the country.',
    },
    {
      id: 'forwarding',
      title: 'Sharing the complaint with the seller',
      explanation:
        "The platform may pass the complaint, including the complainant's details, to the seller concerned so that both sides can be heard. Whoever files agrees to this.",
    },
  ],
};

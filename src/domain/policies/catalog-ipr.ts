import type { Policy } from './catalog';

/** IPR Protection Policy, paraphrased. */
export const IPR_PROTECTION_POLICY: Policy = {
  slug: 'ipr-protection-policy',
  title: 'IPR Protection Policy',
  topic: 'Intellectual property',
  summary:
    'Rights owners can complain about listings that misuse their brands or works, and the marketplace takes those complaints seriously. It separates misuse in the listing text from actually selling fakes.',
  source: 'AliExpress Intellectual Property Rights (IPR) Protection Policy, updated 10 Feb 2014',
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

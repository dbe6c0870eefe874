import type { Policy } from './catalog';

/**
 * Terms of Use, paraphrased. Clause ids follow the section numbers of the Terms
 * (`5.5` is section 5.5) so that citations read naturally in the app. The version
 * changes were found by comparing Part A (4 Oct 2019) with Part B (12 Sep 2019)
 * of the source clause by clause; wording-only edits are marked as such.
 */
export const TERMS_OF_USE: Policy = {
  slug: 'terms-of-use',
  title: 'Terms of Use',
  topic: 'Account and conduct',
  summary:
    'The master agreement every member accepts. It says what you may post, how your account must be run, and what the marketplace can do when someone breaks the rules.',
  source: 'AliExpress Terms of Use, 4 Oct 2019 (Part A), compared with the earlier 12 Sep 2019 text (Part B)',
  breach:
    "The Terms set no points of their own. After a breach, or on reasonable suspicion of one, the marketplace may remove or edit your content, cap how many products you list, cut off services, or suspend or close your account and every account linked to it (section 6). In this demo, a listing that breaks the Terms through the Product Listing Policy also earns that policy's points (0.5 to 48 per item), so 12 points mean 7 days of listing restrictions and 48 close the shop.",
  examples: {
    allowed: [
      'Running one seller account for your business and keeping its password to yourself',
      'Updating your registered business address in the week your company moves',
      'Listing "Case for iPhone 15, shockproof TPU" with photos of the case you actually ship',
      'Sending the marketplace the tracking records it asks for about a disputed order',
      'Asking a happy buyer, with nothing offered in return, whether they would leave feedback',
    ],
    notAllowed: [
      'Opening a second seller account to keep selling after the first one was restricted',
      'Giving the shop login to a freelance photographer so they can upload pictures',
      'Rating your own shop from a spare account, or paying strangers for five-star feedback',
      "Running a bot that copies competitors' listings and prices into your own database",
      'Describing a refurbished phone as "brand new, factory sealed"',
      'Putting the AliExpress logo or the Cyrillic "Алиэкспресс" in your shop banner without permission',
    ],
  },
  clauses: [
    {
      id: '1',
      title: 'Accepting the Terms',
      explanation:
        'Using the site means you agree to the Terms together with the Privacy Policy, the Product Listing Policy and any other published rules. The marketplace can update them by posting a new version, and carrying on after that counts as agreement. Since 4 Oct 2019 the sites covered are named separately: the Alibaba sites, and the AliExpress sites including aliexpress.ru and tmall.ru.',
    },
    {
      id: '2.1',
      title: 'Who you contract with',
      explanation:
        'The company you sign with depends on where you are. The 4 Oct 2019 version adds a separate Singapore company, AliExpress Russia Holding, for members in Russia and nearby countries (the "Relevant Jurisdictions"); the September text had no such split.',
    },
    {
      id: '2.4',
      title: 'Changing or stopping services',
      explanation:
        'The marketplace can start, alter, suspend or end a service without warning, although a change to a paid service must not seriously spoil it for those who paid. From 4 Oct 2019, for AliExpress users in the Relevant Jurisdictions, this power lies with AliExpress Russia Holding.',
    },
    {
      id: '3',
      title: 'Rules for every user',
      explanation:
        "Obey the law, do not harvest or copy site content with bots or by hand to build your own database, and do not attack the platform's systems. You also must not game the feedback system, for example by rating yourself from a second account.",
    },
    {
      id: '3.3',
      title: 'Which privacy policy applies',
      explanation:
        'Your personal data is handled under the privacy policy of the site you use: the Alibaba.com one or the AliExpress one. The 4 Oct 2019 text adds the separate policy of aliexpress.ru and tmall.ru as an option for AliExpress users.',
    },
    {
      id: '3.6',
      title: 'Feedback manipulation',
      explanation:
        'Boosting your own ratings through extra accounts or helpers, or leaving baseless bad ratings for others, is forbidden.',
    },
    {
      id: '4',
      title: 'Member accounts',
      explanation:
        'Each user gets one account unless the marketplace approves more, and running several accounts at once can get them closed. Keep your password secret; anything done from your account is treated as done by you.',
    },
    {
      id: '4.3',
      title: 'Password and account sharing',
      explanation:
        'Do not hand your login to anyone, not even colleagues, and report any suspected misuse straight away. If the account is shared or left insecure, it can be suspended or closed.',
    },
    {
      id: '5.2',
      title: 'Accurate registration details',
      explanation:
        'The business details you register with must be correct and complete, and you must update them when they change.',
    },
    {
      id: '5.4',
      title: 'No infringing content',
      explanation:
        "You need every licence required for what you post, and your listings must not breach anyone's copyright, patent, trademark or other rights. You must also be free to sell the goods and must not be under trade sanctions.",
    },
    {
      id: '5.5',
      title: 'Honest and lawful listings',
      explanation:
        'What you publish has to be accurate, complete and legal: nothing false or misleading, nothing abusive, obscene or discriminatory. It must also respect the Product Listing Policy and must not link to outside sites that break the Terms.',
    },
    {
      id: '5.6',
      title: 'Good-faith trading',
      explanation:
        'Trade honestly and within the law. Fraud (such as selling stolen goods), pretending to be someone else, spam, phishing, malware and dealing while under sanctions are all forbidden.',
    },
    {
      id: '6',
      title: 'What happens after a breach',
      explanation:
        'The marketplace may delete or edit content, limit how many products you list, cut off services, or suspend or close your account and linked accounts. It can act on reasonable suspicion, for example after complaints that orders were not delivered or did not match the description.',
    },
    {
      id: '7',
      title: 'Deals between buyers and sellers',
      explanation:
        'The platform connects buyers and sellers but is not a party to your sale, so you set and honour the terms of payment, shipping, returns and warranties. If you do not supply information it asks for about a transaction, your account can be suspended.',
    },
    {
      id: '10',
      title: 'Intellectual property of the platform',
      explanation:
        'The site, its content and marks such as AliExpress belong to the platform or its licensors. From 4 Oct 2019 the marks in Russia and nearby countries, including the Cyrillic spelling and Tmall, are held or licensed by the Russian holding company; you may not use any of them without permission.',
    },
    {
      id: '11.1',
      title: 'Legal notices to the platform',
      explanation:
        'Formal legal notices to the platform must be written and delivered by hand, by courier or by certified mail. Since 4 Oct 2019 notices for AliExpress Russia Holding go to its legal department in Singapore; those for the other companies still go to Hong Kong.',
    },
    {
      id: '12.7',
      title: 'Governing law',
      explanation:
        'Under the September text the law depended on where you came from: Hong Kong law for members outside mainland China, Chinese law for mainland members. The October version ties it to the company you contract with instead, and adds that members contracting with the Russian holding company are governed by Russian law and Russian courts.',
    },
    {
      id: '12.8',
      title: 'Comments and questions',
      explanation:
        'Feedback or questions about the services can be sent to customer service through the AliExpress or Alibaba.com help pages. This clause first appears in the 4 Oct 2019 text.',
    },
  ],
  sections: [
    { title: 'Member accounts', clauseIds: ['4', '4.3'] },
    { title: 'Member responsibilities', clauseIds: ['5.2', '5.4', '5.5', '5.6'] },
    { title: 'Breaches and enforcement', clauseIds: ['6'] },
    { title: 'Transactions', clauseIds: ['7'] },
    { title: 'Intellectual property', clauseIds: ['10'] },
    { title: 'The rest', clauseIds: ['1', '2.1', '2.4', '3', '3.3', '3.6', '11.1', '12.7', '12.8'] },
  ],
  versions: {
    before: '12 Sep 2019',
    after: '4 Oct 2019',
    changes: [
      {
        clause: '1',
        title: 'Which websites the Terms cover',
        kind: 'changed',
        before:
          'The opening paragraph treated the Alibaba and AliExpress platforms as one set of sites and named only alibaba.com and aliexpress.com.',
        after:
          'The opening paragraph splits them into "Alibaba Sites" and "AliExpress Sites", and the AliExpress Sites now expressly include aliexpress.ru and tmall.ru as well as aliexpress.com.',
      },
      {
        clause: '1',
        title: 'Name of the membership agreement (wording only)',
        kind: 'changed',
        before:
          'Section 1.1 referred to the promotion services of the "Alibaba.com Free Membership Agreement".',
        after: 'It now just says "Free Membership Agreement". Nothing changes for sellers.',
      },
      {
        clause: '2.1',
        title: 'Who you contract with',
        kind: 'changed',
        before:
          'Three companies: Hangzhou Alibaba Advertising for mainland China, Alibaba.com Hong Kong for Hong Kong and Macau, and Alibaba.com Singapore E-Commerce for members from anywhere else.',
        after:
          'The same three remain, and the Singapore Alibaba.com company also covers anyone using the Alibaba sites from the Relevant Jurisdictions. AliExpress members who live in, or use AliExpress from, Russia, Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Tajikistan, Turkmenistan or Uzbekistan now contract with AliExpress Russia Holding, a company registered in Singapore.',
      },
      {
        clause: '2.4',
        title: 'Who may change or stop services',
        kind: 'changed',
        before:
          'Alibaba.com alone could launch, alter, suspend or end services without notice, with changes to a paid service not allowed to seriously harm paying users.',
        after:
          'For AliExpress users in the Relevant Jurisdictions that power, with the same protection for paid services, belongs to AliExpress Russia Holding instead.',
      },
      {
        clause: '3.3',
        title: 'Which privacy policy applies',
        kind: 'changed',
        before: 'AliExpress users were pointed only to the Aliexpress.com Privacy Policy.',
        after:
          'AliExpress users may instead be covered by the separate privacy policy of aliexpress.ru and tmall.ru.',
      },
      {
        clause: '7',
        title: 'Name of the transaction agreement (wording only)',
        kind: 'changed',
        before: 'Section 7.4 called it the "Transactional Services Agreement", unlike section 7.1.',
        after:
          'Section 7.4 now says "Transaction Services Agreement", matching 7.1. The obligations are the same.',
      },
      {
        clause: '10',
        title: "Who owns the platform's marks",
        kind: 'changed',
        before:
          'ALIBABA, ALIBABA.COM and ALIEXPRESS were the marks of Alibaba Group Holding, with no regional exception; GOLD SUPPLIER and TRUSTPASS were the marks of Alibaba.com Limited.',
        after:
          'In the Relevant Jurisdictions the AliExpress marks, including the Cyrillic spelling АЛИЭКСПРЕСС, belong to AliExpress Russia Holding, which also holds a licence for the TMALL mark. GOLD SUPPLIER and TRUSTPASS are now attributed to Alibaba.com Limited and its affiliates.',
      },
      {
        clause: '11.1',
        title: 'Where legal notices go',
        kind: 'changed',
        before:
          'Every legal notice to the platform went to one Hong Kong address (Times Square, Causeway Bay) for all the contracting companies.',
        after:
          'Notices for AliExpress Russia Holding about the AliExpress sites go to its own legal department in Singapore (AXA Tower, Shenton Way); the Hong Kong address still serves the other companies.',
      },
      {
        clause: '12.7',
        title: 'Governing law and courts',
        kind: 'changed',
        before:
          'The law followed where you came from: Hong Kong law and courts for members from outside mainland China, Chinese law and the Yuhang court in Hangzhou for mainland members.',
        after:
          'The law follows the company you contract with: Chinese law and the Yuhang court for Hangzhou Alibaba Advertising, Hong Kong law and courts for the Hong Kong and Singapore Alibaba.com companies, and Russian law and Russian courts for AliExpress Russia Holding.',
      },
      {
        clause: '12.8',
        title: 'Customer service contacts',
        kind: 'added',
        before: 'The September text had no such clause; it ended at 12.7.',
        after:
          'A new clause points members to the AliExpress and Alibaba.com customer service pages for comments and questions.',
      },
    ],
  },
};

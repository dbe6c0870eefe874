import type { Policy } from './catalog';

/**
 * Terms of Use, paraphrased. Clause ids follow the section numbers of the Terms
 * (`5.5` is section 5.5) so that citations read naturally in the app.
 */
export const TERMS_OF_USE: Policy = {
  slug: 'terms-of-use',
  title: 'Terms of Use',
  topic: 'Account and conduct',
  summary:
    'The master agreement every member accepts. It says what you may post, how your account must be run, and what the marketplace can do when someone breaks the rules.',
  source: 'AliExpress Terms of Use, 4 Oct 2019 (Part A), compared with the earlier 12 Sep 2019 text (Part B)',
  clauses: [
    {
      id: '1',
      title: 'Accepting the Terms',
      explanation:
        'Using the site means you agree to the Terms together with the Privacy Policy, the Product Listing Policy and any other published rules. The marketplace can update them by posting a new version, and carrying on after that counts as agreement.',
    },
    {
      id: '2.1',
      title: 'Who you contract with',
      explanation:
        'The company you sign with depends on where you are. The 4 Oct 2019 version adds a separate Singapore company, AliExpress Russia Holding, for members in Russia and nearby countries (the "Relevant Jurisdictions"); the September text had no such split.',
    },
    {
      id: '3',
      title: 'Rules for every user',
      explanation:
        "Obey the law, do not harvest or copy site content with bots or by hand to build your own database, and do not attack the platform's systems. You also must not game the feedback system, for example by rating yourself from a second account.",
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
      id: '12.7',
      title: 'Governing law',
      explanation:
        'Under the September text, Hong Kong law applied (mainland China law for mainland members). The October version adds that members contracting with the Russian holding company are governed by Russian law and Russian courts.',
    },
  ],
};

import type { Policy } from './catalog';

/** The shorter buyer- and seller-conduct policies from the policy index, paraphrased. */
export const CONDUCT_POLICIES: readonly Policy[] = [
  {
    slug: 'unpaid-items',
    title: 'Unpaid Items',
    topic: 'Buying and orders',
    summary:
      'A buyer who commits to buy has a fixed time to pay. Buyers who repeatedly leave orders unpaid can be disciplined.',
    source: 'AliExpress Policy on Unpaid Items',
    clauses: [
      {
        id: 'payment-window',
        title: 'Time to pay',
        explanation:
          'After checking out with Buy Now, the buyer has 20 days to pay. As a seller, wait for confirmed payment before you ship.',
      },
      {
        id: 'repeat-non-payment',
        title: 'Repeatedly not paying',
        explanation:
          'Buyers who keep placing orders and not paying may lose buying privileges or have their account suspended or closed.',
      },
    ],
  },
  {
    slug: 'shill-purchases',
    title: 'Shill Purchases',
    topic: 'Account and conduct',
    summary: 'Buying your own products, or having someone do it for you, to push up your ranking is banned.',
    source: 'AliExpress policy on Shill Purchases',
    clauses: [
      {
        id: 'definition',
        title: 'What a shill purchase is',
        explanation:
          "An order placed only to raise a shop's or product's position in search, not because the buyer wants the item.",
      },
      {
        id: 'who-is-covered',
        title: 'Who the ban covers',
        explanation:
          'Everyone: relatives, friends, staff and online contacts are all included, so asking them to "help the shop" with orders is a violation.',
      },
      {
        id: 'consequences',
        title: 'Consequences',
        explanation:
          'Shill buying can lead to restrictions on the accounts involved, up to suspension or closure.',
      },
    ],
  },
  {
    slug: 'communication-rules',
    title: 'Rules About Communication',
    topic: 'Account and conduct',
    summary: 'Members are encouraged to talk to each other, but messages must not be spam or abusive.',
    source: 'AliExpress Rules About Communication',
    clauses: [
      {
        id: 'channels',
        title: 'Where the rules apply',
        explanation:
          'Email, the built-in chat, community boards and any other way members contact each other through the marketplace.',
      },
      {
        id: 'no-spam',
        title: 'No spam',
        explanation:
          'Do not send other members unsolicited bulk or promotional messages they never asked for.',
      },
      {
        id: 'no-abuse',
        title: 'No abuse',
        explanation:
          'Threats, insults, harassment and offensive language towards buyers or sellers are not allowed.',
      },
    ],
  },
  {
    slug: 'buyer-protection-abuse',
    title: 'Abuse of Buyer Protection',
    topic: 'Buying and orders',
    summary:
      'Buyers can raise a problem with an order, but may not misuse the protection programme against sellers.',
    source: 'AliExpress Rules About Abusing the Buyer Protection Programs',
    clauses: [
      {
        id: 'double-refund',
        title: 'Claiming after a refund',
        explanation: 'A buyer may not open a dispute for an order that has already been refunded.',
      },
      {
        id: 'retaliation',
        title: 'Revenge cases',
        explanation: 'Opening a case just to punish a seller, for instance after a disagreement, is abuse.',
      },
      {
        id: 'false-claims',
        title: 'False claims',
        explanation:
          'Untrue statements against a seller in a dispute are not allowed. Sellers who face one should keep their order records and report it.',
      },
    ],
  },
  {
    slug: 'feedback-extortion',
    title: 'Feedback Extortion',
    topic: 'Account and conduct',
    summary: 'Buyers may not threaten a bad review to get something the listing never promised.',
    source: 'AliExpress policy on Feedback Extortion',
    clauses: [
      {
        id: 'threats',
        title: 'Threatening bad feedback',
        explanation:
          'Saying "do this or I leave negative feedback" to pressure a seller is a misuse of the feedback system.',
      },
      {
        id: 'extra-demands',
        title: 'Demands beyond the listing',
        explanation:
          'Typical examples are asking for goods or services that differ from the original description, or for a price lower than the one agreed. Sellers do not have to give in and can report the buyer.',
      },
    ],
  },
  {
    slug: 'customs-declaration-russia',
    title: 'Customs Declaration for Russian Buyers',
    topic: 'Buying and orders',
    summary:
      "Sets out how cross-border parcels bought by buyers in Russia are declared to customs. The platform's operator or its affiliates help with the paperwork for the buyer.",
    source:
      'AliExpress general terms on customs declaration of cross-border purchases by buyers in Russia (Russian-language text)',
    clauses: [
      {
        id: 'scope',
        title: 'Who it applies to',
        explanation: 'Registered private buyers in Russia who order goods from abroad on the platform.',
      },
      {
        id: 'buyer-details',
        title: 'Details for customs',
        explanation:
          'The buyer supplies the personal details customs needs, and they must be correct, or the parcel can be held.',
      },
      {
        id: 'seller-data',
        title: 'What sellers should provide',
        explanation:
          'Sellers shipping to Russia should describe and value goods accurately, because those details feed the declaration.',
      },
    ],
  },
  {
    slug: 'privacy-policy',
    title: 'Privacy Policy',
    topic: 'Privacy',
    summary:
      'Explains what personal data the marketplace collects about its users and how it uses and shares it.',
    source: 'AliExpress Privacy Policy, Russian translation, in force from 17 Jan 2019 (Part A)',
    clauses: [
      {
        id: 'collection',
        title: 'What is collected',
        explanation:
          'Details you give when you register and trade, plus information about how you use the site.',
      },
      {
        id: 'use',
        title: 'How it is used',
        explanation:
          'To run your account and orders, keep the marketplace safe and handle complaints and disputes.',
      },
      {
        id: 'sharing',
        title: 'Who it is shared with',
        explanation:
          'Other members where a deal needs it, affiliated companies and service providers, and authorities when the law requires. Details in an IP complaint can be passed to the seller concerned.',
      },
    ],
  },
];

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
    breach:
      'A buyer who keeps leaving orders unpaid can lose buying privileges or have the account suspended or closed; the policy gives no point values. Nothing is deducted from the seller, but an order shipped before payment is confirmed is shipped at your own risk.',
    examples: {
      allowed: [
        'A buyer paying on day 15 of the 20-day window',
        'Waiting for the payment to be confirmed before you pack the order',
        'Sending one polite reminder in the order chat that payment is still pending',
      ],
      notAllowed: [
        'A buyer placing orders in several shops with no intention of paying for them',
        'Ordering a shop\'s last items to "reserve" them and then never paying',
        "Shipping an order on the buyer's promise to pay later, before payment is confirmed",
      ],
    },
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
    breach:
      'The policy gives no point values. Shill buying can bring restrictions on every account involved, up to suspension or closure, and under the Terms (section 6) the marketplace may also remove the content involved or limit your listings.',
    examples: {
      allowed: [
        'A friend who really wants your desk lamp buying it at the listed price',
        'Running a discount coupon that any buyer can use',
        'Promoting the shop on social media to attract real customers',
      ],
      notAllowed: [
        'Asking staff to buy your new product so it climbs the search results',
        'Paying a "review farm" to place orders and leave five stars',
        'Ordering from your own shop with a second account and refunding yourself',
      ],
    },
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
    breach:
      'The policy gives no point values. Under the Terms (sections 5.6 and 6) spam or abuse can lead to a warning, limits on your use of messaging or other services, and suspension or closure of the account.',
    examples: {
      allowed: [
        "Answering a buyer's question about sizing in the order chat",
        'Telling a buyer politely that the parcel is delayed and when to expect it',
        'Sending the tracking number a buyer asked for',
      ],
      notAllowed: [
        'Messaging every past buyer with adverts for a new collection they never asked for',
        'Calling a buyer an idiot after they complain',
        "Threatening to publish a buyer's address if they open a dispute",
      ],
    },
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
    breach:
      'The policy gives no point values. A buyer who abuses the programme can be warned, restricted, suspended or closed under the Terms (section 6); a seller on the receiving end should keep the order records and report the case.',
    examples: {
      allowed: [
        'A buyer opening a dispute because the parcel never arrived',
        'A buyer opening a case with photos showing the item differs from the listing',
        'A buyer asking for a partial refund for an item that arrived damaged',
      ],
      notAllowed: [
        'A buyer opening a dispute for an order that was already refunded',
        'A buyer claiming "item not received" after collecting the parcel',
        'A buyer filing a case to punish a seller who refused a discount',
      ],
    },
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
    breach:
      'The policy gives no point values. Extortion misuses the feedback system (Terms 3.6), so the buyer can be warned, restricted, suspended or closed under section 6; a seller who buys a better review is manipulating feedback too.',
    examples: {
      allowed: [
        'A buyer leaving an honest negative review because the item arrived broken',
        'A buyer asking for the free gift the listing promised before rating the order',
        'A seller offering a refund for a faulty item with no condition attached about the review',
      ],
      notAllowed: [
        'A buyer threatening a one-star review unless a second item is sent free',
        'A buyer demanding a lower price than the one agreed, or else negative feedback',
        'Asking a buyer to change a negative review in exchange for a partial refund',
      ],
    },
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
    breach:
      'The text gives no point values. Wrong or missing details can get a parcel held at customs, and a seller whose listing misdescribes or undervalues the goods is also breaking the Terms rule on accurate content (5.5), with the actions in section 6.',
    examples: {
      allowed: [
        'Describing a parcel as "2 cotton T-shirts" at the price the buyer actually paid',
        'A buyer entering passport details exactly as they appear in the passport',
        'Listing a phone at its real price and model so the declaration matches',
      ],
      notAllowed: [
        'Declaring a phone that sold for 400 euros as a "gift, value 10 euros"',
        'Marking goods that were sold as "sample, no commercial value"',
        "A buyer giving someone else's passport details for the declaration",
      ],
    },
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
    breach:
      "The Privacy Policy mostly binds the marketplace and gives no point values. A seller who misuses buyers' personal data from orders or complaints breaks the Terms duty to act lawfully (5.6) and faces the actions in section 6, from restrictions to suspension or closure.",
    examples: {
      allowed: [
        'Using the address on an order to ship that order',
        "Giving the buyer's address and phone number to the courier delivering the parcel",
        "Using the complainant's details in a forwarded IP complaint to answer that complaint",
      ],
      notAllowed: [
        "Adding buyers' phone numbers to a marketing list they never agreed to",
        "Selling an export of your customers' addresses to another shop",
        "Posting a complainant's personal details publicly after their complaint was forwarded to you",
      ],
    },
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

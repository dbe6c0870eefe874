import type { Policy } from './catalog';

/**
 * Product Listing Policy, paraphrased. `cat-1` … `cat-17` follow the order of the
 * prohibited and controlled categories in the domain brief. Point values quoted
 * here are the demo marketplace's scale (taken from the Alibaba.com scheme).
 */
export const PRODUCT_LISTING_POLICY: Policy = {
  slug: 'product-listing-policy',
  title: 'Product Listing Policy',
  topic: 'Listing rules',
  summary:
    'Lists the goods you may not sell, or may sell only with permits, and bans listings that infringe brands or try to trick the search and review checks.',
  source: 'AliExpress Product Listing Policy (version of 17 Nov 2016)',
  clauses: [
    {
      id: 'general',
      title: 'General bans',
      explanation:
        'Anything that is illegal where it is sold or shipped is off limits, as are items that mainly help people break the law (lock picks, synthetic urine for drug tests), hateful items, lotteries and giveaways, securities, pornography, and listings with no real product behind them.',
    },
    {
      id: 'cat-1',
      title: 'Illicit drugs, precursors and paraphernalia',
      explanation:
        'No narcotics, the chemicals used to make them, or gear for using them. Narcotics count as the most serious case (48 points); drug paraphernalia is lower (2 points) and grow equipment lower still (1 point).',
    },
    {
      id: 'cat-2',
      title: 'Flammable, explosive and hazardous chemicals',
      explanation:
        'Explosives, fireworks and dangerous or toxic chemicals may not be listed. Explosives carry 48 points; toxic chemicals 6; asbestos 1.',
    },
    {
      id: 'cat-3',
      title: 'Firearms and munitions',
      explanation:
        'Real guns, ammunition and gun parts are banned, and so are replica or look-alike guns. A real firearm is 48 points; a replica gun or a weapon part is 6.',
    },
    {
      id: 'cat-4',
      title: 'Weapons',
      explanation:
        'Switchblades, knuckle-dusters, knives hidden inside other objects, crossbows and similar weapons cannot be sold.',
    },
    {
      id: 'cat-5',
      title: 'Government, police and military items',
      explanation:
        'Official uniforms, badges and identity cards of police, military or government bodies are not allowed. Identity documents are 48 points; a police uniform is 2.',
    },
    {
      id: 'cat-6',
      title: 'Medical drugs',
      explanation:
        'Prescription medicines, steroids and pills sold for sexual enhancement are banned. Steroids and prescription drugs are 6 points each.',
    },
    {
      id: 'cat-7',
      title: 'Medical devices',
      explanation:
        'Medical devices need the permits the law requires; without them the listing must come down.',
    },
    {
      id: 'cat-8',
      title: 'Adult and obscene material',
      explanation:
        'Pornographic and obscene goods are banned, and anything involving the abuse of children is the most serious case (48 points).',
    },
    {
      id: 'cat-9',
      title: 'Circumvention and spy devices',
      explanation:
        'Signal jammers, card skimmers, hidden cameras and devices that unlock paid TV or other protected signals are not allowed. A signal jammer is 6 points.',
    },
    {
      id: 'cat-10',
      title: 'Illegal services',
      explanation:
        'You may not offer fake IDs or invoices, spam mailing lists, or services that collect personal data. Tools for cheating in exams are 1 point.',
    },
    {
      id: 'cat-11',
      title: 'Currency, cards, crypto, precious metals and relics',
      explanation:
        'Money, coins, bank cards, cryptocurrency, bullion and cultural relics are restricted. Bank cards and counterfeit money are 48 points.',
    },
    {
      id: 'cat-12',
      title: 'Human parts, protected animals and plants',
      explanation:
        'Human body parts, ivory, shark fin and any species protected under CITES cannot be listed. Protected animals are 2 points.',
    },
    {
      id: 'cat-13',
      title: 'Offensive or security-threatening material',
      explanation:
        'Nazi memorabilia, terrorist propaganda and other items that threaten public safety or cause offence are banned. Nazi items are 6 points.',
    },
    {
      id: 'cat-14',
      title: 'Tobacco',
      explanation:
        'Tobacco and e-cigarette liquid containing nicotine may not be sold. Either one is 6 points.',
    },
    {
      id: 'cat-15',
      title: 'Gambling equipment',
      explanation: 'Gambling machines and lottery tickets are not allowed; each is 2 points.',
    },
    {
      id: 'cat-16',
      title: 'Sanctioned goods',
      explanation: 'Goods covered by trade sanctions, or bound for sanctioned parties, cannot be listed.',
    },
    {
      id: 'cat-17',
      title: 'Other restricted items',
      explanation:
        'A catch-all for goods such as airbags, used underwear and toys painted with lead paint. Minor items like used underwear are 0.5 points; licence-plate covers are 1.',
    },
    {
      id: 'ip',
      title: 'Brands and intellectual property',
      explanation:
        "Replicas and fakes are banned, as is putting a brand's name or logo on goods it did not make or approve. Other people's faces, names or signatures, academic or OEM software and pirated copies are also out; genuine branded goods are fine once the brand owner's authorisation is on file.",
    },
    {
      id: 'search-abuse',
      title: 'Search and listing manipulation',
      explanation:
        'Do not stuff titles with unrelated brand names or keywords, file items under the wrong category, or publish duplicate or empty listings to win more search traffic.',
    },
    {
      id: 'evasion',
      title: 'Dodging the checks',
      explanation:
        'Disguising a banned word ("r e p l i c a", "rep1ica", or a Cyrillic letter swapped into "Rolex") or hiding an item in the wrong category to slip past review is a violation in its own right, costing 1 point per case on top of the original problem.',
    },
  ],
};

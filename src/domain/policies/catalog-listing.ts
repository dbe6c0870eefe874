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
  breach:
    'The listing is removed and each prohibited item adds points by type: 48 for firearms, narcotics, explosives, identity documents, bank cards, counterfeit money and child abuse material, then 6, 2, 1 or 0.5 for lesser goods (see each category). Points count towards the levels at 6 (severe warning), 12, 24 and 36 (listing restrictions for 7, 14 and 21 days, with no promotions from 24 and every product removed at 36) and 48 (account closed), and stay on record for 365 days. Disguising a banned word or filing an item in the wrong category to slip past the checks costs another 1 point per case.',
  examples: {
    allowed: [
      '"Classic leather wallet, bifold, brown"',
      '"Scuba diving mask, tempered glass, adult size"',
      '"Charles Dickens, Oliver Twist, paperback"',
      '"Water pipe, copper, 15 mm, 3 m, for plumbing"',
      '"Case for iPhone 15, shockproof TPU"',
      '"Glue gun, 20 W, with 10 glue sticks"',
    ],
    notAllowed: [
      '"R e p l i c a Rolex Submariner, automatic"',
      '"Rep1ica designer handbag, top grade"',
      '"Rоlex Daytona, automatic" (the "о" is Cyrillic)',
      '"iPhone case, original Apple logo" (from a seller without Apple\'s authorisation)',
      '"Mobile and GPS signal jammer, 8 bands"',
      '"Nicotine e-liquid 20 mg, 10 ml"',
      '"Lock pick set, 24 pieces, with tension wrench"',
    ],
  },
  clauses: [
    {
      id: 'general',
      title: 'General bans',
      explanation:
        'Anything that is illegal where it is sold or shipped is off limits, as are items that mainly help people break the law (lock picks, synthetic urine for drug tests), hateful items, lotteries and giveaways, securities, pornography, and listings with no real product behind them.',
      allowed: [
        '"Padlock with 3 keys, hardened steel shackle"',
        '"Classic wooden board game, family edition"',
      ],
      notAllowed: [
        '"Lock pick set, 24 pieces, with tension wrench"',
        '"Synthetic urine kit, passes any drug test"',
        '"Prize draw entry with every order: win an iPhone"',
      ],
    },
    {
      id: 'cat-1',
      title: 'Illicit drugs, precursors and paraphernalia',
      explanation:
        'No narcotics, the chemicals used to make them, or gear for using them. Narcotics count as the most serious case (48 points); drug paraphernalia is lower (2 points) and grow equipment lower still (1 point).',
      allowed: ['"Water pipe, PVC, 20 mm, 2 m, for plumbing"', '"Poppy seeds for baking, 500 g"'],
      notAllowed: ['"Glass bong with ice catcher, 30 cm"', '"Indoor cannabis grow kit, tent and LED light"'],
    },
    {
      id: 'cat-2',
      title: 'Flammable, explosive and hazardous chemicals',
      explanation:
        'Explosives, fireworks and dangerous or toxic chemicals may not be listed. Explosives carry 48 points; toxic chemicals 6; asbestos 1.',
      allowed: [
        '"Firework-print party balloons, pack of 20"',
        '"Fireproof document bag, A4, silicone coated"',
      ],
      notAllowed: [
        '"Professional fireworks, 100-shot cake"',
        '"Potassium cyanide, lab grade 99%"',
        '"Asbestos insulation sheet, 1 m²"',
      ],
    },
    {
      id: 'cat-3',
      title: 'Firearms and munitions',
      explanation:
        'Real guns, ammunition and gun parts are banned, and so are replica or look-alike guns. A real firearm is 48 points; a replica gun or a weapon part is 6.',
      allowed: ['"Glue gun, 20 W, with 10 glue sticks"', '"Grease gun for car servicing, 400 cc"'],
      notAllowed: [
        '"Replica Glock 17, full metal, realistic weight"',
        '"Pistol cartridges, 9 mm, pack of 50"',
        '"AR-15 trigger assembly, drop-in"',
      ],
    },
    {
      id: 'cat-4',
      title: 'Weapons',
      explanation:
        'Switchblades, knuckle-dusters, knives hidden inside other objects, crossbows and similar weapons cannot be sold.',
      allowed: [
        '"Chef\'s knife, 20 cm, stainless steel"',
        '"Folding pocket knife, manual opening, 7 cm blade"',
      ],
      notAllowed: [
        '"Automatic switchblade, spring-loaded"',
        '"Brass knuckle-duster, solid"',
        '"Lipstick with hidden blade"',
      ],
    },
    {
      id: 'cat-5',
      title: 'Government, police and military items',
      explanation:
        'Official uniforms, badges and identity cards of police, military or government bodies are not allowed. Identity documents are 48 points; a police uniform is 2.',
      allowed: ['"Army-green cargo trousers, cotton"', '"Toy police car with siren and lights, ages 3+"'],
      notAllowed: ['"Genuine police uniform with shoulder badges"', '"Metal police badge with ID wallet"'],
    },
    {
      id: 'cat-6',
      title: 'Medical drugs',
      explanation:
        'Prescription medicines, steroids and pills sold for sexual enhancement are banned. Steroids and prescription drugs are 6 points each.',
      allowed: ['"Weekly pill organiser, 7 days, 4 compartments"', '"Whey protein powder, vanilla, 1 kg"'],
      notAllowed: [
        '"Amoxicillin 500 mg, 100 capsules, no prescription"',
        '"Testosterone enanthate injection, 10 ml"',
        '"Herbal sex enhancement pills for men, 10 tablets"',
      ],
    },
    {
      id: 'cat-7',
      title: 'Medical devices',
      explanation:
        'Medical devices need the permits the law requires; without them the listing must come down.',
      allowed: ['"Digital cooking thermometer, instant read"', '"Textured massage ball for yoga"'],
      notAllowed: [
        '"Coloured contact lenses, no prescription needed"',
        '"Rechargeable in-ear hearing aid" (listed without the required device permit)',
      ],
    },
    {
      id: 'cat-8',
      title: 'Adult and obscene material',
      explanation:
        'Pornographic and obscene goods are banned, and anything involving the abuse of children is the most serious case (48 points).',
      allowed: ['"Lace lingerie set, sizes S to XL"', '"Lavender massage oil, 100 ml"'],
      notAllowed: ['"Explicit adult DVD collection, 10 discs"', '"Pornographic magazine bundle"'],
    },
    {
      id: 'cat-9',
      title: 'Circumvention and spy devices',
      explanation:
        'Signal jammers, card skimmers, hidden cameras and devices that unlock paid TV or other protected signals are not allowed. A signal jammer is 6 points.',
      allowed: ['"Home security camera, visible, with motion alerts"', '"Wi-Fi signal booster, 300 Mbps"'],
      notAllowed: [
        '"Mobile and GPS signal jammer, 8 bands"',
        '"ATM card skimmer with PIN pad overlay"',
        '"Hidden camera inside a smoke detector"',
      ],
    },
    {
      id: 'cat-10',
      title: 'Illegal services',
      explanation:
        'You may not offer fake IDs or invoices, spam mailing lists, or services that collect personal data. Tools for cheating in exams are 1 point.',
      allowed: ['"Duplicate invoice book, carbonless, A5"', '"ID card holder with lanyard, pack of 10"'],
      notAllowed: [
        '"Fake driving licence, any country, made to order"',
        '"Fake invoices for expense claims, any company name"',
        '"Email list of 1 million active shoppers"',
      ],
    },
    {
      id: 'cat-11',
      title: 'Currency, cards, crypto, precious metals and relics',
      explanation:
        'Money, coins, bank cards, cryptocurrency, bullion and cultural relics are restricted. Bank cards and counterfeit money are 48 points.',
      allowed: ['"Coin album for 2-euro coins, 48 slots"', '"Gold-plated chain necklace, 45 cm"'],
      notAllowed: [
        '"Copy banknotes, 100 euro, realistic feel"',
        '"Preloaded prepaid bank card"',
        '"Excavated Roman coin, with certificate of origin"',
      ],
    },
    {
      id: 'cat-12',
      title: 'Human parts, protected animals and plants',
      explanation:
        'Human body parts, ivory, shark fin and any species protected under CITES cannot be listed. Protected animals are 2 points.',
      allowed: ['"Faux fur throw blanket, 150 x 200 cm"', '"Shark-shaped bath toy for toddlers"'],
      notAllowed: ['"Carved ivory pendant"', '"Dried shark fin, 500 g"', '"Live Hermann\'s tortoise"'],
    },
    {
      id: 'cat-13',
      title: 'Offensive or security-threatening material',
      explanation:
        'Nazi memorabilia, terrorist propaganda and other items that threaten public safety or cause offence are banned. Nazi items are 6 points.',
      allowed: ['"Second World War history book, hardback"', '"Skull-print bandana, black cotton"'],
      notAllowed: [
        '"SS officer cap with skull badge"',
        '"Nazi flag, 90 x 150 cm"',
        '"Terrorist group flag and recruitment leaflets"',
      ],
    },
    {
      id: 'cat-14',
      title: 'Tobacco',
      explanation:
        'Tobacco and e-cigarette liquid containing nicotine may not be sold. Either one is 6 points.',
      allowed: ['"Tobacco-brown leather jacket, men"', '"Glass ashtray for outdoor tables"'],
      notAllowed: [
        '"Nicotine e-liquid 20 mg, 10 ml"',
        '"Cigarettes, carton of 10 packs"',
        '"Rolling tobacco, 50 g"',
      ],
    },
    {
      id: 'cat-15',
      title: 'Gambling equipment',
      explanation: 'Gambling machines and lottery tickets are not allowed; each is 2 points.',
      allowed: ['"Plastic-coated playing cards, 2 decks"', '"Slot car racing track for kids"'],
      notAllowed: ['"Coin-operated slot machine, 3 reels"', '"National lottery tickets, 10 draws"'],
    },
    {
      id: 'cat-16',
      title: 'Sanctioned goods',
      explanation: 'Goods covered by trade sanctions, or bound for sanctioned parties, cannot be listed.',
      allowed: ['"Cuba travel guidebook, latest edition"', '"Scuba fins, adjustable strap"'],
      notAllowed: [
        '"Export-controlled thermal imaging core, ships to any country" (a reviewer decides: export rules depend on the item and the destination)',
        '"Ginseng tea, made in North Korea"',
      ],
    },
    {
      id: 'cat-17',
      title: 'Other restricted items',
      explanation:
        'A catch-all for goods such as airbags, used underwear and toys painted with lead paint. Minor items like used underwear are 0.5 points; licence-plate covers are 1.',
      allowed: ['"Universal car seat covers, 9 pieces"', '"New cotton underwear, 5-pack, sealed"'],
      notAllowed: [
        '"Used steering-wheel airbag module"',
        '"Worn underwear, used"',
        '"Anti-camera tinted licence plate cover"',
      ],
    },
    {
      id: 'ip',
      title: 'Brands and intellectual property',
      explanation:
        "Replicas and fakes are banned, as is putting a brand's name or logo on goods it did not make or approve. Other people's faces, names or signatures, academic or OEM software and pirated copies are also out; genuine branded goods are fine once the brand owner's authorisation is on file.",
      allowed: [
        '"Case for iPhone 15, shockproof TPU"',
        '"Strap compatible with Apple Watch 41 mm, silicone"',
        '"Nike Air Max 90, men" (from a seller whose Nike authorisation is on file)',
      ],
      notAllowed: [
        '"iPhone case, original Apple logo" (from a seller without Apple\'s authorisation)',
        '"Belt for Gucci fans, double-G buckle" (in the clothing category, where compatibility wording does not apply)',
        '"Windows 11 Pro OEM key, lifetime activation"',
      ],
    },
    {
      id: 'search-abuse',
      title: 'Search and listing manipulation',
      explanation:
        'Do not stuff titles with unrelated brand names or keywords, file items under the wrong category, or publish duplicate or empty listings to win more search traffic.',
      allowed: [
        '"Phone case for Samsung Galaxy S24, matte black"',
        '"Men\'s running shoes, breathable mesh"',
      ],
      notAllowed: [
        '"Running shoes Nike Adidas Puma Asics New Balance cheap"',
        'A phone case filed under "Mobile phones" to show up in phone searches',
        'The same mug posted ten times under slightly different titles',
      ],
    },
    {
      id: 'evasion',
      title: 'Dodging the checks',
      explanation:
        'Disguising a banned word ("r e p l i c a", "rep1ica", or a Cyrillic letter swapped into "Rolex") or hiding an item in the wrong category to slip past review is a violation in its own right, costing 1 point per case on top of the original problem.',
      allowed: ['"Charles Dickens, Great Expectations, paperback"', '"Classic denim jacket, unisex"'],
      notAllowed: [
        '"R e p l i c a Submariner watch, automatic"',
        '"Rep1ica designer handbag, top grade"',
        '"Rоlex Daytona, automatic" (the "о" is Cyrillic)',
      ],
    },
  ],
};

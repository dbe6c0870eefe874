import type { ListingCategory } from '@/shared/api/schemas';
import type { Random } from './random';

/** Ordinary, honest products for filling large catalogues with believable variety. */
interface ProductKind {
  category: ListingCategory;
  en: string;
  ru: string;
  priceCents: [number, number];
  features: readonly string[];
}

const PRODUCTS: readonly ProductKind[] = [
  {
    category: 'home-kitchen',
    en: 'Ceramic Coffee Mug',
    ru: 'Керамическая кружка',
    priceCents: [399, 1299],
    features: ['dishwasher safe', 'holds 350 ml', 'glazed finish'],
  },
  {
    category: 'home-kitchen',
    en: 'Bamboo Cutting Board',
    ru: 'Бамбуковая разделочная доска',
    priceCents: [599, 2499],
    features: ['juice groove', 'knife-friendly surface', 'hanging hole'],
  },
  {
    category: 'home-kitchen',
    en: 'Stainless Steel Chef Knife 8 inch',
    ru: 'Поварской нож из нержавеющей стали 20 см',
    priceCents: [1299, 4999],
    features: ['full tang', 'ergonomic handle', 'comes with a blade guard'],
  },
  {
    category: 'home-kitchen',
    en: 'Linen Table Runner',
    ru: 'Льняная дорожка на стол',
    priceCents: [899, 2999],
    features: ['stonewashed linen', 'hemmed edges', 'machine washable'],
  },
  {
    category: 'clothing',
    en: 'Cotton Crew Neck T-Shirt',
    ru: 'Хлопковая футболка с круглым вырезом',
    priceCents: [599, 1999],
    features: ['100% combed cotton', 'pre-shrunk', 'sizes XS to 3XL'],
  },
  {
    category: 'clothing',
    en: 'Merino Wool Beanie',
    ru: 'Шапка из шерсти мериноса',
    priceCents: [899, 2999],
    features: ['soft merino', 'double-layer cuff', 'one size'],
  },
  {
    category: 'clothing',
    en: 'Waterproof Hiking Jacket',
    ru: 'Непромокаемая куртка для походов',
    priceCents: [3999, 12999],
    features: ['taped seams', 'adjustable hood', 'packable'],
  },
  {
    category: 'shoes',
    en: 'Canvas Slip-On Sneakers',
    ru: 'Текстильные слипоны',
    priceCents: [1499, 3999],
    features: ['rubber sole', 'cushioned insole', 'EU sizes 36 to 46'],
  },
  {
    category: 'bags',
    en: 'Waxed Canvas Tote Bag',
    ru: 'Сумка-шопер из вощёного холста',
    priceCents: [1999, 5999],
    features: ['inner zip pocket', 'reinforced handles', 'water resistant'],
  },
  {
    category: 'bags',
    en: 'Laptop Backpack 15.6 inch',
    ru: 'Рюкзак для ноутбука 15,6 дюйма',
    priceCents: [2499, 6999],
    features: ['padded sleeve', 'USB charging port', 'luggage strap'],
  },
  {
    category: 'jewellery-watches',
    en: 'Sterling Silver Hoop Earrings',
    ru: 'Серьги-кольца из серебра 925',
    priceCents: [999, 3999],
    features: ['925 sterling silver', 'hypoallergenic', 'gift box included'],
  },
  {
    category: 'jewellery-watches',
    en: 'Minimalist Quartz Wristwatch',
    ru: 'Минималистичные кварцевые часы',
    priceCents: [1999, 7999],
    features: ['Japanese movement', 'leather strap', '3 ATM water resistance'],
  },
  {
    category: 'phones-accessories',
    en: 'USB-C Fast Charging Cable 2 m',
    ru: 'Кабель USB-C для быстрой зарядки 2 м',
    priceCents: [299, 1299],
    features: ['braided nylon', '60 W power delivery', 'data transfer 480 Mbps'],
  },
  {
    category: 'phones-accessories',
    en: 'Magnetic Car Phone Holder',
    ru: 'Магнитный держатель телефона в машину',
    priceCents: [599, 1999],
    features: ['360° rotation', 'strong N52 magnets', 'fits air vents'],
  },
  {
    category: 'computers-electronics',
    en: 'Wireless Ergonomic Mouse',
    ru: 'Беспроводная эргономичная мышь',
    priceCents: [1299, 3999],
    features: ['silent clicks', '2.4 GHz receiver', '18-month battery life'],
  },
  {
    category: 'computers-electronics',
    en: 'Mechanical Keyboard 87 Keys',
    ru: 'Механическая клавиатура на 87 клавиш',
    priceCents: [2999, 8999],
    features: ['hot-swappable switches', 'PBT keycaps', 'USB-C detachable cable'],
  },
  {
    category: 'beauty-health',
    en: 'Natural Bristle Hair Brush',
    ru: 'Расчёска с натуральной щетиной',
    priceCents: [699, 2499],
    features: ['beech wood handle', 'gentle on the scalp', 'for all hair types'],
  },
  {
    category: 'tools-hardware',
    en: 'Cordless Hot Glue Gun',
    ru: 'Беспроводной клеевой пистолет',
    priceCents: [1499, 3999],
    features: ['heats in 60 seconds', 'includes 20 glue sticks', 'safety stand'],
  },
  {
    category: 'tools-hardware',
    en: 'PEX Water Pipe 16 mm, 50 m roll',
    ru: 'Труба PEX для воды 16 мм, бухта 50 м',
    priceCents: [2999, 7999],
    features: ['for hot and cold water', 'oxygen barrier', 'rated to 95 °C'],
  },
  {
    category: 'toys-hobbies',
    en: 'Wooden Building Blocks 100 pcs',
    ru: 'Деревянный конструктор 100 деталей',
    priceCents: [1499, 3999],
    features: ['non-toxic water-based paint', 'for ages 3+', 'storage bag'],
  },
  {
    category: 'toys-hobbies',
    en: 'Clay Poker Chips Set 300 pcs',
    ru: 'Набор фишек для покера 300 шт',
    priceCents: [2999, 6999],
    features: ['11.5 g clay composite', 'aluminium case', 'two decks of cards'],
  },
  {
    category: 'sports-outdoors',
    en: 'Scuba Diving Mask with Snorkel',
    ru: 'Маска для дайвинга с трубкой',
    priceCents: [1999, 4999],
    features: ['tempered glass lens', 'anti-fog coating', 'silicone skirt'],
  },
  {
    category: 'sports-outdoors',
    en: 'Yoga Mat 6 mm Non-Slip',
    ru: 'Коврик для йоги 6 мм нескользящий',
    priceCents: [1299, 3499],
    features: ['TPE foam', 'alignment lines', 'carry strap'],
  },
  {
    category: 'automotive',
    en: 'Microfibre Car Wash Mitt',
    ru: 'Микрофибровая рукавица для мойки авто',
    priceCents: [399, 1299],
    features: ['chenille microfibre', 'elastic cuff', 'scratch-free'],
  },
  {
    category: 'pet-supplies',
    en: 'Orthopedic Dog Bed Large',
    ru: 'Ортопедическая лежанка для собак',
    priceCents: [2999, 7999],
    features: ['memory foam', 'removable washable cover', 'non-slip base'],
  },
  {
    category: 'collectibles',
    en: 'Vintage Style Postcard Set, 30 pcs',
    ru: 'Набор открыток в винтажном стиле, 30 шт',
    priceCents: [499, 1499],
    features: ['thick matte card', 'original illustrations', 'printed in small batches'],
  },
];

const COLOURS_EN = [
  'black',
  'white',
  'navy',
  'olive',
  'sand',
  'grey',
  'terracotta',
  'sage green',
  'mustard',
  'burgundy',
];
const COLOURS_RU = [
  'чёрный',
  'белый',
  'тёмно-синий',
  'оливковый',
  'песочный',
  'серый',
  'терракотовый',
  'шалфейный',
  'горчичный',
  'бордовый',
];
const STYLES_EN = ['Classic', 'Everyday', 'Premium', 'Compact', 'Essential', 'Deluxe', 'Studio', 'Travel'];
const STYLES_RU = [
  'Классический',
  'Повседневный',
  'Премиум',
  'Компактный',
  'Базовый',
  'Люкс',
  'Студийный',
  'Дорожный',
];

export interface GeneratedListing {
  title: string;
  description: string;
  category: ListingCategory;
  language: 'en' | 'ru';
  priceCents: number;
}

function describeEn(kind: ProductKind, colour: string, random: Random): string {
  const [first, second, third] = random.shuffle(kind.features);
  return [
    `${kind.en} in ${colour}, made for daily use and built to last.`,
    `Key features: ${first}, ${second} and ${third}.`,
    random.pick([
      'Ships within 48 hours from our warehouse with tracking.',
      'Dispatched in 1-2 business days; tracked delivery to most countries.',
      'Free shipping on orders over $20; tracked parcel.',
    ]),
    random.pick([
      'If anything is wrong, message us through the order page and we will make it right.',
      'Covered by the marketplace buyer protection; returns accepted within 15 days.',
      'Questions about sizing or use? Ask through the order chat before buying.',
    ]),
  ].join(' ');
}

function describeRu(kind: ProductKind, colour: string, random: Random): string {
  const [first, second, third] = random.shuffle(kind.features);
  return [
    `${kind.ru}, цвет: ${colour}. Подходит для ежедневного использования.`,
    `Особенности: ${first}, ${second}, ${third}.`,
    random.pick([
      'Отправка в течение 48 часов, трек-номер предоставляется.',
      'Доставка по России 7-14 дней, упаковка без повреждений.',
      'Бесплатная доставка при заказе от 1500 рублей.',
    ]),
    random.pick([
      'Если возникли вопросы, напишите нам в чат заказа.',
      'Возврат в течение 15 дней по программе защиты покупателей.',
    ]),
  ].join(' ');
}

/** One ordinary listing; about a quarter are in Russian. */
export function generateHonestListing(random: Random): GeneratedListing {
  const kind = random.pick(PRODUCTS);
  const colourIndex = random.int(0, COLOURS_EN.length - 1);
  const styleIndex = random.int(0, STYLES_EN.length - 1);
  const priceCents = random.int(kind.priceCents[0], kind.priceCents[1]);
  if (random.chance(0.25)) {
    const colour = COLOURS_RU[colourIndex] as string;
    return {
      title: `${STYLES_RU[styleIndex]} ${kind.ru.charAt(0).toLowerCase()}${kind.ru.slice(1)}, ${colour}`,
      description: describeRu(kind, colour, random),
      category: kind.category,
      language: 'ru',
      priceCents,
    };
  }
  const colour = COLOURS_EN[colourIndex] as string;
  return {
    title: `${STYLES_EN[styleIndex]} ${kind.en} - ${colour.replace(/^./, (c) => c.toUpperCase())}`,
    description: describeEn(kind, colour, random),
    category: kind.category,
    language: 'en',
    priceCents,
  };
}

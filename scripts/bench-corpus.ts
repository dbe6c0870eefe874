/** A deterministic corpus of listings for the checker's benchmark: mostly honest, some violations and evasions. */
import type { ListingText } from '../src/domain/checker';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const EN = [
  'Made from durable materials and finished by hand in our workshop.',
  'Dishwasher safe, stackable and easy to clean after everyday use.',
  'Ships within 48 hours with tracking; message us through the order page with any question.',
  'The classic design fits any kitchen, office or living room.',
  'Includes a storage bag, a spare strap and a printed guide in English.',
  'Sizes run true; see the chart in the photos before ordering.',
  'Covered by buyer protection: returns accepted within 15 days of delivery.',
  'Our therapist-approved yoga mat is 6 mm thick with alignment lines.',
];
const RU = [
  'Изготовлено из прочных материалов, подходит для ежедневного использования.',
  'Отправка в течение двух дней, трек-номер предоставляется сразу после отправки.',
  'Можно мыть в посудомоечной машине, не теряет цвет после стирки.',
  'В комплекте чехол для хранения и подробная инструкция на русском языке.',
  'Размеры соответствуют таблице на фото, перед заказом сверьтесь с ней.',
  'Возврат в течение 15 дней по программе защиты покупателей.',
];
const PROBLEMS = [
  'AAA replica watch, looks like the original',
  'r e p l i c a handbag with logo',
  'R\u043elex style automatic watch',
  'v1agra alternative, fast delivery',
  'Электрошокер мощный, для самообороны',
  'Case for iPhone 15, compatible with Samsung',
  'Order on WhatsApp +7 912 345 67 89 for a discount',
  'Nike Air running shoes, men',
  'Реплика часов с сапфировым стеклом',
  'Butterfly knife trainer, steel',
];
const PRODUCTS_EN = [
  'Ceramic Coffee Mug 350 ml',
  'Cotton Crew Neck T-Shirt',
  'Bamboo Cutting Board Large',
  'Wireless Ergonomic Mouse',
  'Waterproof Hiking Jacket',
  'Stainless Steel Chef Knife 8 inch',
];
const PRODUCTS_RU = [
  'Керамическая кружка 350 мл',
  'Хлопковая футболка оверсайз',
  'Бамбуковая разделочная доска',
  'Беспроводная мышь эргономичная',
  'Непромокаемая куртка для походов',
];

export function makeCorpus(count: number): ListingText[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const listings: ListingText[] = [];
  for (let i = 0; i < count; i++) {
    const russian = next() < 0.3;
    const sentences = russian ? RU : EN;
    let title = `${pick(russian ? PRODUCTS_RU : PRODUCTS_EN)}, ${pick(['black', 'white', 'navy', 'чёрный', 'sand'])}`;
    if (next() < 0.1) title = `${pick(PROBLEMS)} ${title}`;
    while (title.length < 80) title += ` ${pick(['new', 'gift', 'premium', 'подарок', '2026'])}`;
    let description = '';
    while (description.length < 1_500) description += `${pick(sentences)} `;
    if (next() < 0.08)
      description = `${description.slice(0, 700)} ${pick(PROBLEMS)}. ${description.slice(700)}`;
    listings.push({
      id: `bench-${i}`,
      title: title.slice(0, 90),
      description: description.slice(0, 1_550),
      category: pick(['home-kitchen', 'clothing', 'phones-accessories']),
    });
  }
  return listings;
}

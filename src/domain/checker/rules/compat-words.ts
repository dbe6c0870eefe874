/**
 * Wording that, placed right before a brand, says the item is made to fit that brand's product ("case for
 * iPhone 15", "фильтр для Dyson V11") or disclaims any link with it: naming the brand is then allowed.
 */
export const COMPAT_WORDS: readonly string[] = [
  'for',
  'compatible with',
  'compatible for',
  'fits',
  'fit for',
  'fits for',
  'to fit',
  'works with',
  'for use with',
  'replacement for',
  'suitable for',
  'designed for',
  'для',
  'совместим с',
  'совместимый с',
  'совместима с',
  'совместимы с',
  'подходит для',
  'подходят для',
  'подходит к',
  'под',
  'на',
  // Disclaimers name the brand only to deny any link with it ("not made or endorsed by Dyson").
  'not affiliated with',
  'not endorsed by',
  'or endorsed by',
  'not made by',
  'не связан с',
  'не является продукцией',
];

/**
 * Marketplace categories where compatibility wording does not excuse a brand: a belt is not an accessory that
 * has to fit a Gucci product, so "belt for Gucci fans" is still a misuse of the brand.
 */
export const NO_COMPAT_CATEGORIES: readonly string[] = ['clothing', 'shoes', 'jewellery-watches', 'bags'];

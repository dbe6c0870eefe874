import { foldedString, normalize } from './normalize';
import type { ProductKind, ProductType } from './types';

/**
 * What a listing sells, read the way a reviewer reads it before any rule: from the title first (it names the
 * item), then the marketplace category. A banned thing only blocks when it is the item sold; a game, film, book
 * or toy about it is another matter.
 *
 * Cues are folded phrases matched as whole words in the folded title. Order matters: the first kind whose cue
 * stands in the title wins, so "Call of Duty (Xbox 360)" is a game before "Xbox" could make it an accessory.
 */
interface Cue {
  kind: ProductKind;
  /** Folded phrases (lower case, no accents, words separated by one space). */
  phrases: readonly string[];
}

const PLATFORMS = [
  'xbox',
  'xbox 360',
  'xbox one',
  'xbox series x',
  'playstation',
  'playstation 2',
  'playstation 3',
  'playstation 4',
  'playstation 5',
  'ps1',
  'ps2',
  'ps3',
  'ps4',
  'ps5',
  'psp',
  'ps vita',
  'nintendo',
  'nintendo ds',
  'nintendo 3ds',
  'nintendo switch',
  'wii',
  'wii u',
  'gamecube',
  'game boy',
  'gameboy',
  'sega',
  'dreamcast',
];

/**
 * Words that make a title a device or an accessory, not media: a "DVD player" or a "PS4 controller" is goods,
 * whatever its title says about discs or platforms.
 */
const HARDWARE = [
  'console',
  'controller',
  'controllers',
  'gamepad',
  'joystick',
  'headset',
  'cable',
  'charger',
  'charging',
  'adapter',
  'case',
  'cover',
  'skin',
  'stand',
  'battery',
  'memory',
  'remote',
  'sensor',
  'wheel',
  'dock',
  'mount',
  'grip',
  'bundle',
  'system',
  'hdd',
  'drive',
  'player',
  'recorder',
  'burner',
  'writer',
  'changer',
  'projector',
  'speaker',
  'speakers',
  'headphones',
  'tv',
  'television',
  'camera',
  'camcorder',
  'light',
  'lamp',
  'shelf',
  'rack',
  'storage',
  'sleeves',
  'safe',
  'hdtv',
  'lcd',
  'plasma',
  'combo',
  'receiver',
  'vcr',
  'blank',
  'media',
  'ram',
  'rw',
  'spindle',
  'unit',
  'lite',
  'theater',
  'theatre',
  'handheld',
  'kit',
  'webcam',
  'quickcam',
  'mouse',
  'keyboard',
  'printer',
  'scanner',
  'router',
  'monitor',
  'laptop',
  'notebook',
  'tablet',
  'phone',
  'плеер',
  'проигрыватель',
  'консоль',
  'приставка',
  'геймпад',
  'джойстик',
  'чехол',
  'кабель',
  'зарядка',
];

/** Kinds that are media: a device word in the title makes them goods again. */
const MEDIA: ReadonlySet<ProductKind> = new Set(['game', 'film', 'music', 'book', 'software']);

const CUES: readonly Cue[] = [
  {
    kind: 'costume',
    phrases: [
      'costume',
      'costumes',
      'cosplay',
      'fancy dress',
      'halloween',
      'dress up',
      'role play',
      'roleplay',
      'stage prop',
      'film prop',
      'movie prop',
      'party prop',
      'костюм',
      'карнавальный',
      'карнавальная',
      'косплей',
      'маскарадный',
    ],
  },
  {
    kind: 'game',
    phrases: [
      'video game',
      'videogame',
      'pc game',
      'computer game',
      'board game',
      'card game',
      'tabletop game',
      'game of the year',
      'goty',
      'video games',
      'pc dvd',
      'видеоигра',
      'компьютерная игра',
      'настольная игра',
      'игра для',
    ],
  },
  {
    kind: 'film',
    phrases: [
      'dvd',
      'blu ray',
      'bluray',
      'blu-ray',
      'hd dvd',
      'full screen edition',
      'documentary',
      'the movie',
      'movie dvd',
      'complete season',
      'complete series',
      'фильм',
      'кинофильм',
      'сериал',
      'документальный',
    ],
  },
  {
    kind: 'music',
    phrases: [
      'audio cd',
      'music cd',
      'soundtrack',
      'music album',
      'studio album',
      'album cd',
      'vinyl record',
      'lp record',
      'vinyl lp',
      'саундтрек',
      'виниловая пластинка',
    ],
  },
  {
    kind: 'book',
    phrases: [
      'paperback',
      'hardcover',
      'hardback',
      'novel',
      'ebook',
      'e book',
      'audiobook',
      'audio book',
      'comic book',
      'graphic novel',
      'encyclopedia',
      'cookbook',
      'a novel',
      'book by',
      'textbook',
      'strategy guide',
      'isbn',
      'книга',
      'книги',
      'роман',
      'учебник',
      'энциклопедия',
      'комикс',
      'аудиокнига',
    ],
  },
  {
    kind: 'software',
    phrases: [
      'software',
      'cd rom',
      'dvd rom',
      'software license',
      'license key',
      'product key',
      'full version',
      'for windows',
      'for mac',
      'win mac',
      'windows mac',
      'mac windows',
      'pc mac',
      'antivirus',
      'anti virus',
      'internet security',
      'adobe',
      'autodesk',
      'corel',
      'symantec',
      'norton',
      'mcafee',
      'intuit',
      'quickbooks',
      'kaspersky',
      'microsoft office',
      'office 2007',
      'office 2010',
      'cs3',
      'cs4',
      'cs5',
      'cs6',
      'программа',
      'программное обеспечение',
      'лицензия',
      'антивирус',
    ],
  },
  {
    kind: 'toy',
    phrases: [
      'toy',
      'toys',
      'kids toy',
      'plush',
      'plushie',
      'lego',
      'playset',
      'play set',
      'action figure',
      'nerf',
      'water gun',
      'water pistol',
      'squirt gun',
      'bubble gun',
      'dart blaster',
      'игрушка',
      'игрушечный',
      'игрушечная',
      'игрушечное',
      'детский игровой',
      'водяной пистолет',
    ],
  },
];

/** Category codes of the marketplace (src/shared/api/schemas/listings.ts) that say what is sold. */
const CATEGORY_KIND: Readonly<Record<string, ProductKind>> = {
  'software-media': 'software',
  'toys-hobbies': 'toy',
};

interface CompiledCue {
  kind: ProductKind;
  phrase: string;
}

let compiled: {
  cues: CompiledCue[];
  /** Cue indices by their first word, so a title is only searched for cues that could be in it. */
  byFirstWord: Map<string, number[]>;
  platforms: string[];
  hardware: Set<string>;
} | null = null;

function fold(text: string): string {
  return foldedString(normalize(text));
}

function cues() {
  if (compiled) return compiled;
  const list = CUES.flatMap((cue) => cue.phrases.map((phrase) => ({ kind: cue.kind, phrase: fold(phrase) })));
  const byFirstWord = new Map<string, number[]>();
  list.forEach((cue, index) => {
    const first = cue.phrase.split(' ')[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), index]);
  });
  compiled = {
    cues: list,
    byFirstWord,
    platforms: PLATFORMS.map(fold),
    hardware: new Set(HARDWARE.map(fold)),
  };
  return compiled;
}

/** The cues whose first word the title has, in the catalogue's order (the first that fits decides). */
function candidateCues(words: readonly string[]): CompiledCue[] {
  const { cues: list, byFirstWord } = cues();
  const found = new Set<number>();
  for (const word of words) for (const index of byFirstWord.get(word) ?? []) found.add(index);
  return [...found].sort((a, b) => a - b).map((index) => list[index] as CompiledCue);
}

/** The index of `phrase` as whole words in the folded `text`, or -1. */
function findWords(text: string, phrase: string): number {
  let from = 0;
  while (from <= text.length) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return -1;
    const before = at === 0 || text.charCodeAt(at - 1) === 0x20;
    const end = at + phrase.length;
    const after = end === text.length || text.charCodeAt(end) === 0x20;
    if (before && after) return at;
    from = at + 1;
  }
  return -1;
}

/** The title's own words for a folded phrase: the original characters behind it. */
function originalWords(title: string, folded: string, phrase: string): string {
  // The folded text keeps one space per gap, so counting words gives the span in the original.
  const at = findWords(folded, phrase);
  const wordsBefore = at <= 0 ? 0 : folded.slice(0, at).split(' ').length - 1;
  const count = phrase.split(' ').length;
  const words = title.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.slice(wordsBefore, wordsBefore + count).join(' ') || phrase;
}

/**
 * Works out what the listing sells. The title decides when it says so ("PS4 game", "paperback", "costume");
 * otherwise the category (software and media, toys); otherwise physical goods.
 */
export function detectProductType(title: string, category: string): ProductType {
  const { platforms, hardware } = cues();
  const folded = fold(title.slice(0, 1_000));
  if (folded) {
    const words = folded.split(' ');
    const device = words.some((word) => hardware.has(word));
    for (const cue of candidateCues(words)) {
      if (device && MEDIA.has(cue.kind)) continue;
      if (findWords(folded, cue.phrase) >= 0)
        return { kind: cue.kind, source: 'title', cue: originalWords(title, folded, cue.phrase) };
    }
    // A platform named with no device word: a game for it ("Halo 3 (Xbox 360)"), not a controller.
    // "Driving Force Pro for PlayStation 2" fits the platform: an accessory, not a game.
    const platform = device
      ? undefined
      : platforms.find((p) => findWords(folded, p) >= 0 && findWords(folded, `for ${p}`) < 0);
    if (platform) return { kind: 'game', source: 'title', cue: originalWords(title, folded, platform) };
  }
  const kind = CATEGORY_KIND[category];
  if (kind) return { kind, source: 'category', cue: '' };
  return { kind: 'goods', source: 'default', cue: '' };
}

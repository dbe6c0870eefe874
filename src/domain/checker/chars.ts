/**
 * Per-code-unit tables for the normaliser, built once: what kind of character each UTF-16 unit is, and what it
 * folds to (lower case, no accents, full-width to ASCII). Look-alike and leet tables are applied only inside
 * words that mix scripts or mix digits with letters, so genuine Russian text is never folded into Latin.
 */
export const enum Kind {
  Separator = 0,
  Latin = 1,
  Cyrillic = 2,
  Greek = 3,
  OtherLetter = 4,
  Digit = 5,
  /** Zero-width characters and soft hyphens: dropped, and noted on the next letter. */
  Invisible = 6,
  /** Combining marks: dropped (accents). */
  Mark = 7,
  /** `@`, `$`, `!`, `|`: letters only in the middle of a word ("rep@ica", "v!agra"). */
  LeetSymbol = 8,
  HighSurrogate = 9,
}

export const KIND = new Uint8Array(65_536);
export const FOLD = new Uint16Array(65_536);
/** Set for units that need a note when folded: 1 full-width, 2 accented. */
export const FOLD_NOTE = new Uint8Array(65_536);
/** Look-alike of a Latin letter from another script, folded to that Latin letter (0 when none). */
export const TO_LATIN = new Uint16Array(65_536);
/** Look-alike of a Cyrillic letter from another script, folded to that Cyrillic letter (0 when none). */
export const TO_CYRILLIC = new Uint16Array(65_536);
/** Leet digit or symbol read as a Latin letter; `ONE` stands for a stroke that may be i or l. */
export const LEET_LATIN = new Uint16Array(128);
export const LEET_CYRILLIC = new Uint16Array(128);

/** A private-use unit standing for "1", "!" or "|" inside a word: a stroke read as i or l. */
export const ONE = 0xe001;
/** Folded form of any letter the rules can never contain (astral letters, other scripts' letters stay as they are). */
export const SPACE = 0x20;

const INVISIBLES = [
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068,
  0x2069, 0xfeff,
];

function build(): void {
  const letter = /\p{L}/u;
  const digit = /\p{Nd}/u;
  const mark = /\p{M}/u;
  const latin = /\p{Script=Latin}/u;
  const cyrillic = /\p{Script=Cyrillic}/u;
  const greek = /\p{Script=Greek}/u;
  for (let c = 0; c < 65_536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      KIND[c] = c <= 0xdbff ? Kind.HighSurrogate : Kind.Separator;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (c < 0x80 || letter.test(ch) || digit.test(ch) || mark.test(ch)) {
      if (c >= 0x30 && c <= 0x39) KIND[c] = Kind.Digit;
      else if (c >= 0xff10 && c <= 0xff19) KIND[c] = Kind.Digit;
      else if (mark.test(ch)) KIND[c] = Kind.Mark;
      else if (!letter.test(ch)) KIND[c] = digit.test(ch) ? Kind.OtherLetter : Kind.Separator;
      else if (latin.test(ch)) KIND[c] = Kind.Latin;
      else if (cyrillic.test(ch)) KIND[c] = Kind.Cyrillic;
      else if (greek.test(ch)) KIND[c] = Kind.Greek;
      else KIND[c] = Kind.OtherLetter;
    }
    let folded = c;
    if (c >= 0xff01 && c <= 0xff5e) {
      folded = c - 0xfee0;
      FOLD_NOTE[c] = 1;
    }
    const base = String.fromCharCode(folded).normalize('NFD');
    const first = base.charCodeAt(0);
    if (base.length > 1 && KIND[first] !== Kind.Separator && KIND[c] !== Kind.Mark) {
      folded = first;
      if (!FOLD_NOTE[c]) FOLD_NOTE[c] = 2;
    }
    const lower = String.fromCharCode(folded).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
    // Circled, script, double-struck and other "styled" forms of letters read as the plain letter.
    if (KIND[c] === Kind.Separator || KIND[c] === Kind.OtherLetter) {
      const compat = String.fromCharCode(c).normalize('NFKD');
      const plain = compat.length === 1 ? compat.toLowerCase().charCodeAt(0) : 0;
      if ((plain >= 0x61 && plain <= 0x7a) || (plain >= 0x430 && plain <= 0x44f)) {
        KIND[c] = plain < 0x80 ? Kind.Latin : Kind.Cyrillic;
        folded = plain;
        FOLD_NOTE[c] = 4;
      }
    }
    if (folded === 0x451) folded = 0x435; // ё is written е as often as not
    // й is a letter of its own in Russian, not an accented и: the stemmer needs it ("рейх", "рейха").
    if (c === 0x439 || c === 0x419) {
      folded = 0x439;
      FOLD_NOTE[c] = 0;
    }
    if (folded === 0x131) folded = 0x69; // dotless i
    FOLD[c] = folded;
  }
  for (const c of INVISIBLES) KIND[c] = Kind.Invisible;
  // Small capitals ("ʀᴇᴘʟɪᴄᴀ") have no compatibility decomposition: read them by hand.
  const smallCaps = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ';
  [...'abcdefghijklmnopqrstuvwyz'].forEach((letter, k) => {
    const c = smallCaps.charCodeAt(k);
    KIND[c] = Kind.Latin;
    FOLD[c] = letter.charCodeAt(0);
    FOLD_NOTE[c] = 4;
  });
  for (const c of [0x40, 0x24, 0x21, 0x7c]) KIND[c] = Kind.LeetSymbol; // @ $ ! |

  const pairs = (table: Uint16Array, map: Record<string, string>) => {
    for (const [from, to] of Object.entries(map))
      for (const ch of from) table[ch.charCodeAt(0)] = to.charCodeAt(0);
  };
  // Cyrillic and Greek letters that look like Latin ones (upper and lower case).
  pairs(TO_LATIN, {
    аАαΑ: 'a',
    вВβΒ: 'b',
    сСϲϹ: 'c',
    ԁ: 'd',
    еЕεΕ: 'e',
    һҺΗ: 'h',
    іІιΙӀ: 'i',
    јЈ: 'j',
    кКκΚ: 'k',
    мМΜ: 'm',
    нΝ: 'n',
    Н: 'h',
    оОοΟ: 'o',
    рРρΡ: 'p',
    ԛ: 'q',
    ѕЅ: 's',
    тТτΤ: 't',
    υ: 'u',
    ν: 'v',
    ԝ: 'w',
    хХχΧ: 'x',
    уУΥ: 'y',
    Ζ: 'z',
  });
  // Latin letters that look like Cyrillic ones.
  pairs(TO_CYRILLIC, {
    aA: 'а',
    B: 'в',
    cC: 'с',
    eE: 'е',
    H: 'н',
    kK: 'к',
    M: 'м',
    n: 'п',
    oO: 'о',
    pP: 'р',
    r: 'г',
    T: 'т',
    u: 'и',
    xX: 'х',
    yY: 'у',
  });
  pairs(LEET_LATIN, { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' });
  LEET_LATIN[0x31] = ONE; // 1
  LEET_LATIN[0x21] = ONE; // !
  LEET_LATIN[0x7c] = ONE; // |
  pairs(LEET_CYRILLIC, { '0': 'о', '3': 'з', '6': 'б', '4': 'ч', '@': 'а' });
}

build();

/** FOLD, KIND and FOLD_NOTE in one word per unit, for the normaliser's hot loop: fold | kind << 16 | note << 24. */
export const PACKED = new Uint32Array(65_536);
for (let c = 0; c < 65_536; c++)
  PACKED[c] = (FOLD[c] as number) | ((KIND[c] as number) << 16) | ((FOLD_NOTE[c] as number) << 24);

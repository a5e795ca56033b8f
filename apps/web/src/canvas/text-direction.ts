/** A text's base direction, as HTML's `dir` and the canvas's `direction` take it. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Where right-to-left strong characters live: the blocks whose characters (and unassigned code points) Unicode gives
 * the bidi class R or AL — Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and the Arabic supplements and
 * extensions; Hebrew and Arabic presentation forms; the historic right-to-left scripts of the SMP (Phoenician to
 * Old Uyghur, 10800–10FFF) and Mende Kikakui, Adlam and the Arabic mathematical letters (1E800–1EFFF). Ranges rather
 * than `\p{Script=…}`, which JS cannot ask by bidi class and whose newer script names older engines reject.
 */
const RTL_RANGES: readonly (readonly [number, number])[] = [
  [0x0590, 0x08ff],
  [0xfb1d, 0xfdff],
  [0xfe70, 0xfeff],
  [0x10800, 0x10fff],
  [0x1e800, 0x1efff],
];

const LRM = 0x200e;
const RLM = 0x200f;
const ALM = 0x061c;
/** Isolate initiators (LRI, RLI, FSI) and their terminator (PDI): what they enclose does not set the paragraph's direction. */
const LRI = 0x2066;
const FSI = 0x2068;
const PDI = 0x2069;

/**
 * Letters (and letter-like numbers such as Roman numerals) are the strong characters; digits, punctuation, symbols
 * (emoji included), spaces, combining marks and controls are weak or neutral and take the direction around them.
 * That is the bidi classes L, R and AL to within a few rarities (spacing modifier letters count as strong here,
 * Arabic-script punctuation such as ؟ does not).
 */
const STRONG = /[\p{L}\p{Nl}]/u;

function isRtl(codePoint: number): boolean {
  return RTL_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * The base direction of `text` by the Unicode Bidirectional Algorithm's rule P2–P3: the direction of its first strong
 * character, skipping what isolates enclose. Text with no strong character (only digits, punctuation, emoji or
 * spaces) follows `fallback`, the direction of the interface around it. So an Arabic note reads right to left on an
 * English board, and an English note left to right on an Arabic one.
 */
export function textDirection(text: string, fallback: TextDirection): TextDirection {
  let isolates = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= LRI && codePoint <= FSI) isolates++;
    else if (codePoint === PDI) isolates = Math.max(0, isolates - 1);
    else if (isolates > 0) continue;
    else if (codePoint === LRM) return 'ltr';
    else if (codePoint === RLM || codePoint === ALM) return 'rtl';
    else if (STRONG.test(char)) return isRtl(codePoint) ? 'rtl' : 'ltr';
  }
  return fallback;
}

/**
 * Where a line of note text may break, for every script: between words, which `Intl.Segmenter` finds also in
 * Chinese, Japanese and Thai (written without spaces), and inside a word only between grapheme clusters, so an emoji
 * or an Arabic letter with its marks is never cut in two.
 */

/** A stretch of a paragraph that stays on one line, and the whitespace after it (dropped where the line breaks). */
export interface Piece {
  text: string;
  space: string;
}

const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
const clusters =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

const WHITESPACE = /^\s+$/u;

/**
 * Scripts written without spaces between words (and emoji, and CJK punctuation): a line may break between two words
 * next to each other when either side is one of these. Between two Latin, Cyrillic or Arabic words there is always a
 * space or a hyphen, so "e.g." or "example.org" is never split at its dots.
 */
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef]/u;
/** What never begins a line: closing brackets and quotes, and the punctuation that ends a clause ("。", "，", "!"). */
const NO_BREAK_BEFORE =
  /^[\p{Pe}\p{Pf}!%),.:;?\]}\u00b7\u2026\u3001\u3002\u30fb\u30fc\uff01\uff0c\uff0e\uff1a\uff1b\uff1f]/u;
/** What never ends a line: opening brackets and quotes ("「", "(", "“"). */
const NO_BREAK_AFTER = /[\p{Ps}\p{Pi}]$/u;
/** A hyphen may end a line when a letter follows it ("whistle-" / "blowers"). */
const ENDS_WITH_HYPHEN = /[-\u2010]$/u;
const LETTER_FIRST = /^\p{L}/u;

/** Whether a line may break between two adjacent segments with no space between them. */
function breaksBetween(before: string, after: string): boolean {
  if (NO_BREAK_BEFORE.test(after) || NO_BREAK_AFTER.test(before)) return false;
  if (ENDS_WITH_HYPHEN.test(before) && LETTER_FIRST.test(after)) return true;
  const last = Array.from(before).at(-1) ?? '';
  const first = Array.from(after)[0] ?? '';
  return NO_SPACE_SCRIPT.test(last) || NO_SPACE_SCRIPT.test(first);
}

/** The word segments of `text` (whitespace runs included); split at whitespace where Intl.Segmenter is missing. */
function segmentsOf(text: string): string[] {
  if (!words) return text.split(/(\s+)/u).filter((part) => part !== '');
  return Array.from(words.segment(text), ({ segment }) => segment);
}

/** `text` as grapheme clusters (user-perceived characters); code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  if (!clusters) return Array.from(text);
  return Array.from(clusters.segment(text), ({ segment }) => segment);
}

/**
 * One paragraph (no newlines) cut at every place a line may break. Leading whitespace stays with the first piece, as
 * an indent; whitespace elsewhere follows its piece.
 */
export function breakPieces(paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  let space = '';
  let previous = '';
  for (const segment of segmentsOf(paragraph)) {
    if (WHITESPACE.test(segment)) {
      if (text === '' && pieces.length === 0) text = segment;
      else space += segment;
      continue;
    }
    if (previous !== '' && (space !== '' || breaksBetween(previous, segment))) {
      pieces.push({ text, space });
      text = '';
      space = '';
    }
    text += segment;
    previous = segment;
  }
  if (text !== '' || space !== '') pieces.push({ text, space });
  return pieces;
}

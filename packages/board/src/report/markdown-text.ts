/*
 * Text that people typed (note texts, titles, cluster names), made safe to put in Markdown: it reads as the same
 * words, never as markup. No HTML gets through (every `<` and `&` is escaped), a `|` cannot split a table cell, and
 * a line break cannot end a table row or start a heading, a list or a quote.
 */

/** Characters that mean something inline in CommonMark or GitHub Markdown: always escaped. */
const INLINE_MARKUP = /[\\`*_[\]<>&|~$]/g;
/** What would start a block (heading, list, quote, setext underline, numbered list) at the start of a line. */
const LINE_START_MARKUP = /^(\s*)([#+\-=>]|\d+[.)])/;
/** Line breaks of every kind, including the Unicode separators some editors paste. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/** Control characters other than tab and line breaks: they show as nothing or as garbage. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of literal Markdown text: line breaks become ` / `, markup characters are backslash-escaped. */
export function markdownText(text: string): string {
  const flat = text.replace(CONTROL, '').replace(LINE_BREAKS, ' / ').replace(/\t/g, ' ').trim();
  const escaped = flat.replace(INLINE_MARKUP, (char) => `\\${char}`);
  return escaped.replace(LINE_START_MARKUP, (_all, space: string, marker: string) => {
    // Escaping the marker's last character breaks it: `\#`, `\-`, `1\.`.
    return `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`;
  });
}

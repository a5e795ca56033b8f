import type { BoardLanguage } from '../schema/languages';
import { reportText, type TextKey } from './report-text';
import type { Outcome } from './types';

/** The columns of the outcome table, in order: the header row of an English table (other languages translate it). */
export const OUTCOME_CSV_COLUMNS = ['round', 'note_id', 'text', 'cluster', 'dots', 'supporters'] as const;

const HEADER: readonly TextKey[] = ['csvRound', 'csvNoteId', 'csvText', 'csvCluster', 'csvDots', 'csvSupporters'];

/** A byte-order mark: without it, Excel reads a UTF-8 file as the system's legacy code page and garbles accents. */
const BOM = '\uFEFF';
/** What a spreadsheet may read as the start of a formula (OWASP's list, tab and carriage return included). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The language to write the table in instead of the board's. */
export interface OutcomeCsvOptions {
  language?: BoardLanguage;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. A cell a
 * spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`, `-2+3`…) gets a leading apostrophe, so it
 * shows as the text it is (a note that is itself a formula reads `'=1+1`).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The outcome as a table: a header row in the board's language (or `options.language`), then one row per note per
 * round (`round` is the round's number, empty for dots cast outside rounds), ranked notes first. Numbers stay plain
 * digits in every language, so a spreadsheet reads them as numbers. Lines end with CRLF, as RFC 4180 says; the file
 * starts with a UTF-8 byte-order mark. Counts only, like every export: no author, no voter.
 */
export function outcomeCsv(outcome: Outcome, options: OutcomeCsvOptions = {}): string {
  const say = reportText(options.language ?? outcome.language);
  const rows: (string | number)[][] = [HEADER.map((key) => say.text(key))];
  for (const round of outcome.rounds) {
    for (const note of round.notes) {
      const cluster = note.clusterId === null ? '' : (note.clusterName ?? say.text('csvUnnamedCluster'));
      // A withheld number (anonymous board, too few people behind it) is an empty cell, never a guess.
      rows.push([round.number ?? '', note.id, note.text, cluster, note.dots, note.supporters ?? '']);
    }
  }
  return BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

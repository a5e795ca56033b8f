import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard } from '../doc/board';
import { groupNotes } from '../doc/clusters';
import { createNote } from '../doc/notes';
import { startRound } from '../doc/phases';
import { castVote } from '../doc/votes';
import { buildOutcome } from './build';
import { OUTCOME_CSV_COLUMNS, csvCell, outcomeCsv } from './csv';

/** A strict RFC 4180 reader (CRLF rows, quoted fields with doubled quotes), to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(field)) throw new Error(`unquoted field holds a quote or a line break: ${field}`);
      i = end < 0 ? text.length : i + end;
    }
    row.push(field);
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === ',') i++;
    else if (i < text.length) throw new Error(`unexpected character at ${i}`);
  }
  if (row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

const TEXTS = [
  'Plain',
  'Commas, and "quotes"',
  'Two\nlines\r\nand CRLF',
  '=HYPERLINK("http://evil.example","click")',
  '+41 22 917 1234',
  '-2+3',
  '@SUM(A1:A9)',
  '\tstarts with a tab',
  '\rstarts with a carriage return',
  'Accents: é, ñ, 中文, العربية',
] as const;

describe('csvCell', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('outcomeCsv', () => {
  function board() {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'CSV', now: 0 });
    TEXTS.forEach((text, i) =>
      createNote(doc, { x: i * 250, y: 0, text }, { authorId: 'a', id: `note${i}`, now: 1_000 + i }),
    );
    groupNotes(doc, ['note0', 'note1'], 'Group, "one"', { id: 'g1', now: 0 });
    expect(castVote(doc, 'v1', { noteId: 'note1', x: 0, y: 0 }).ok).toBe(true);
    startRound(doc, { now: 5_000, phase: 'vote', votesPerPerson: 10, allowStacking: true });
    for (const [voter, note] of [
      ['v1', 'note3'],
      ['v1', 'note3'],
      ['v2', 'note3'],
      ['v2', 'note0'],
    ] as const) {
      expect(castVote(doc, voter, { noteId: note, x: 0, y: 0 }).ok).toBe(true);
    }
    return doc;
  }

  it('starts with a byte-order mark and the header, one CRLF row per note per round', () => {
    const csv = outcomeCsv(buildOutcome(board(), { now: 0 }));
    expect(csv.startsWith('\uFEFFround,note_id,text,cluster,dots,supporters\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...OUTCOME_CSV_COLUMNS]);
    expect(rows).toHaveLength(2 * TEXTS.length);
    expect(rows.every((row) => row.length === OUTCOME_CSV_COLUMNS.length)).toBe(true);
    // Dots outside rounds first (round empty), then Round 1.
    expect(rows.slice(0, TEXTS.length).every((row) => row[0] === '')).toBe(true);
    expect(rows.slice(TEXTS.length).every((row) => row[0] === '1')).toBe(true);
  });

  it('reads back every text exactly, formulas behind an apostrophe, and the numbers of the outcome', () => {
    const outcome = buildOutcome(board(), { now: 0 });
    const rows = parseCsv(outcomeCsv(outcome).slice(1)).slice(1);
    const byRoundAndNote = new Map(rows.map((row) => [`${row[0]}/${row[1]}`, row]));
    for (const round of outcome.rounds) {
      for (const note of round.notes) {
        const row = byRoundAndNote.get(`${round.number ?? ''}/${note.id}`)!;
        const formula = /^[=+\-@\t\r]/.test(note.text);
        expect(row[2]).toBe(formula ? `'${note.text}` : note.text);
        expect(row[3]).toBe(note.clusterName ?? '');
        expect([Number(row[4]), Number(row[5])]).toEqual([note.dots, note.supporters]);
      }
    }
    const round1 = rows.filter((row) => row[0] === '1');
    // Ranked first: the formula note with 3 dots from 2 voters, then the note in the cluster.
    expect(round1.slice(0, 2).map((row) => row.slice(1))).toEqual([
      ['note3', `'${TEXTS[3]}`, '', '3', '2'],
      ['note0', 'Plain', 'Group, "one"', '1', '1'],
    ]);
  });
});

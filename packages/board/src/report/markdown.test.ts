import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard } from '../doc/board';
import { groupNotes } from '../doc/clusters';
import { createNote } from '../doc/notes';
import { startRound } from '../doc/phases';
import { castVote } from '../doc/votes';
import { buildOutcome } from './build';
import { markdownText } from './markdown-text';
import { outcomeMarkdown } from './markdown';
import { formatDuration, formatUtcMinute } from './report-text';

// The worst case for a report: a renderer that passes raw HTML through (many do, e.g. static site generators).
const renderer = new MarkdownIt({ html: true });

const HOSTILE = [
  '<script>alert("hi")</script>',
  '<img src=x onerror=alert(1)>',
  'a | b | c',
  '**bold** and _italic_ and ~~struck~~',
  '[click me](javascript:alert(1)) ![x](http://tracker.example/p.png)',
  '# not a heading',
  '- not a list',
  '1. not a numbered list',
  '> not a quote',
  'first line\nsecond | line\r\n=====',
  '&lt;b&gt; &amp; &#60;',
  'C:\\path\\ends\\with\\',
  '`code` and $x^2$ math',
  '<!-- comment --> <https://example.org>',
  '    indented like code',
] as const;

const decodeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** A board whose notes hold `texts`, each with one dot, so each is a row of the ranked notes table. */
function boardWith(texts: readonly string[], title = 'Hostile <b>board</b> | # title') {
  const doc = new Y.Doc();
  initBoard(doc, { title, now: Date.UTC(2026, 11, 6, 14, 30) });
  texts.forEach((text, i) =>
    createNote(
      doc,
      { x: i * 250, y: 0, text },
      { authorId: 'a', id: `note${i}`, now: Date.UTC(2026, 11, 6, 14, 31) + i },
    ),
  );
  groupNotes(doc, ['note0'], '<em>Cluster</em> | x', { id: 'c1', now: 0 });
  startRound(doc, { now: Date.UTC(2026, 11, 6, 15, 0), title: '[Round](x) <i>', phase: 'vote', votesPerPerson: 100 });
  texts.forEach((_, i) => expect(castVote(doc, 'v', { noteId: `note${i}`, x: 1, y: 1 }).ok).toBe(true));
  return doc;
}

describe('markdownText', () => {
  it('keeps the words and escapes every markup character', () => {
    expect(markdownText('Fund *local* <monitors> | now')).toBe('Fund \\*local\\* \\<monitors\\> \\| now');
    expect(markdownText('line one\nline two\r\nthree')).toBe('line one / line two / three');
    expect(markdownText('# heading')).toBe('\\# heading');
    expect(markdownText('12. twelfth')).toBe('12\\. twelfth');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('tab\there \u0007bell')).toBe('tab here bell');
  });
});

describe('outcomeMarkdown', () => {
  it('renders note texts as the words people typed: no HTML, no links, no emphasis, one table cell each', () => {
    const doc = boardWith(HOSTILE);
    const markdown = outcomeMarkdown(buildOutcome(doc, { now: Date.UTC(2026, 11, 6, 16, 0) }));
    const html = renderer.render(markdown);
    expect(html).not.toMatch(/<h[1-6]>[^<]*not a heading/);
    expect(html).not.toContain('<blockquote');
    // The ranked notes table (the report's own emphasis is elsewhere): no markup from any note.
    const notesStart = html.indexOf('<th style="text-align:right">Rank</th>\n<th>Note</th>');
    const notesTable = html.slice(notesStart, html.indexOf('</table>', notesStart));
    for (const tag of [
      '<script',
      '<img',
      '<a ',
      '<strong',
      '<em',
      '<s>',
      '<del',
      '<code',
      '<b>',
      '<i>',
      '<!--',
      '<pre',
    ]) {
      expect(notesTable, tag).not.toContain(tag);
    }
    expect(html).not.toContain('<script');

    // The table starts inside its header row, so the first <tr> is the first note. Every row has exactly its five cells, and the note's cell reads as the note.
    const rows = [...notesTable.matchAll(/<tr>([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(HOSTILE.length);
    const cells = rows.map((row) => [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!));
    for (const row of cells) expect(row).toHaveLength(5);
    const shown = cells.map((row) => decodeHtml(row[1]!));
    const expected = HOSTILE.map((text) => text.replace(/\r\n|\n/g, ' / ').trim());
    expect([...shown].sort()).toEqual([...expected].sort());
  });

  it('escapes the board title, round titles and cluster names too', () => {
    const markdown = outcomeMarkdown(buildOutcome(boardWith(['x']), { now: 0 }));
    const html = renderer.render(markdown);
    expect(html).toContain('<h1>Hostile &lt;b&gt;board&lt;/b&gt; | # title: outcome report</h1>');
    expect(html).toContain('<h2>Round 1: [Round](x) &lt;i&gt; (in progress)</h2>');
    expect(html).toContain('<td>&lt;em&gt;Cluster&lt;/em&gt; | x</td>');
  });

  it('gives dates in UTC to the minute, and each phase with its length', () => {
    const markdown = outcomeMarkdown(buildOutcome(boardWith(['x']), { now: Date.UTC(2026, 11, 6, 16, 5, 59) }));
    expect(markdown).toContain('- Board created: 6 December 2026 at 14:30 UTC');
    expect(markdown).toContain('- Report generated: 6 December 2026 at 16:05 UTC');
    expect(markdown).toContain('| Vote | 6 December 2026 at 15:00 UTC | still running | – |');
    expect(formatUtcMinute(Date.UTC(2027, 0, 2, 3, 4, 5))).toBe('2 January 2027 at 03:04 UTC');
    expect(formatUtcMinute(Number.NaN)).toBe('');
    expect(
      [0, 42_000, 60_000, 12 * 60_000, 60 * 60_000, 65 * 60_000, 121 * 60_000].map((ms) => formatDuration(ms)),
    ).toEqual([
      '0 seconds',
      '42 seconds',
      '1 minute',
      '12 minutes',
      '1 hour',
      '1 hour, 5 minutes',
      '2 hours, 1 minute',
    ]);
  });

  it('embeds the heatmap as a PNG data URL, from bytes or from a data URL', () => {
    const outcome = buildOutcome(boardWith(['x']), { now: 0 });
    const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255, 1]);
    const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    const fromBytes = outcomeMarkdown(outcome, { heatmapPng: bytes });
    expect(fromBytes).toContain(`![Heatmap of the dots of Round 1: \\[Round\\](x) \\<i\\>](${url})`);
    expect(outcomeMarkdown(outcome, { heatmapPng: url })).toBe(fromBytes);
    // Which colour means more is said in words, for readers who cannot tell the colours apart.
    expect(fromBytes).toContain('from yellow (fewer dots) through green and blue to dark violet (more dots)');
    expect(() => outcomeMarkdown(outcome, { heatmapPng: 'javascript:alert(1)' })).toThrow(/PNG/);
    expect(outcomeMarkdown(outcome)).not.toContain('## Heatmap');
  });

  it('says how many people voted and how many dots, and how many notes got none', () => {
    const doc = boardWith(['one', 'two']);
    createNote(
      doc,
      { x: 0, y: 500, text: 'ignored' },
      { authorId: 'a', id: 'later', now: Date.UTC(2026, 11, 6, 15, 1) },
    );
    const markdown = outcomeMarkdown(buildOutcome(doc, { now: 0 }));
    expect(markdown).toContain('**1 person** voted, **2 dots** (2 on notes).');
    expect(markdown).toContain('The vote: 100 dots each, on notes or anywhere on the board.');
    expect(markdown).toContain('1 other note received no dots.');
  });
});

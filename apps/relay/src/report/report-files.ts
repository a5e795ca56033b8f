import {
  buildOutcome,
  boardScene,
  outcomeCsv,
  outcomeMarkdown,
  type BoardLanguage,
  type Outcome,
} from '@notevote/board';
import type * as Y from 'yjs';
import { renderBoardImage } from './board-image';
import { encodePng } from './png';

/** The two report formats the relay serves. */
export type ReportFormat = 'md' | 'csv';

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** A report as served: its text, and the outcome it was written from (for counts in the log; never its text). */
export interface ReportFile {
  body: string;
  outcome: Outcome;
}

/**
 * Writes a board's report from its live document: the outcome (numbers from the board package's tallies), and for
 * Markdown the picture of the board with the heatmap of the round the outcome names, embedded as a PNG data URL. In
 * the board's language, or in `language` when the request asked for one.
 */
export function writeReport(doc: Y.Doc, format: ReportFormat, now: number, language?: BoardLanguage): ReportFile {
  const outcome = buildOutcome(doc, { now });
  const inLanguage = language ? { language } : {};
  if (format === 'csv') return { body: outcomeCsv(outcome, inLanguage), outcome };
  const image = renderBoardImage(boardScene(doc, { round: outcome.heatmapRound }));
  return {
    body: outcomeMarkdown(outcome, { ...inLanguage, ...(image ? { heatmapPng: encodePng(image) } : {}) }),
    outcome,
  };
}

/**
 * The file name a download gets: the board's title made safe for every file system (letters, digits and dashes;
 * `board` when nothing is left), as `<title>-report.<ext>`. `filename*` carries the title as typed (RFC 6266), for
 * browsers that read it; `filename` is the plain-ASCII fallback.
 */
export function contentDisposition(title: string, format: ReportFormat): string {
  const ascii =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // the accents NFKD split off: "água" → "agua"
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'board';
  const unicode =
    title
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'board';
  const name = (base: string) => `${base}-report.${format}`;
  // RFC 5987 allows fewer characters unescaped than encodeURIComponent leaves alone.
  const encoded = encodeURIComponent(name(unicode)).replace(/['()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${name(ascii)}"; filename*=UTF-8''${encoded}`;
}

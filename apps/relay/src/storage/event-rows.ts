import { DEFAULT_BOARD_LANGUAGE, isBoardLanguage } from '@notevote/board';
import type { EventLink, EventRecord } from './event-directory';

/** A row of the events table: the same columns in SQLite (`events`) and PostgreSQL (`notevote_events`). */
export interface EventRow {
  id: string;
  title: string;
  language: string;
  organiser_epoch: number;
  drop_in_epoch: number;
  // PostgreSQL's bigint arrives as a string (these fit a JavaScript number).
  created_at: number | string;
  code_key: string | null;
  code_salt: number;
}

export const EVENT_COLUMNS = 'id, title, language, organiser_epoch, drop_in_epoch, created_at, code_key, code_salt';

/** Column names are interpolated into SQL: only these, never input. */
export const EVENT_EPOCH_COLUMN = {
  organiser: 'organiser_epoch',
  'drop-in': 'drop_in_epoch',
} as const satisfies Record<EventLink, string>;

export const toEventRecord = (row: EventRow, boards: readonly string[]): EventRecord => ({
  id: row.id,
  title: row.title,
  // Written by this relay from a checked value; anything else reads as the default rather than failing the event.
  language: isBoardLanguage(row.language) ? row.language : DEFAULT_BOARD_LANGUAGE,
  organiserEpoch: row.organiser_epoch,
  dropInEpoch: row.drop_in_epoch,
  createdAt: Number(row.created_at),
  codeKey: row.code_key,
  codeSalt: row.code_salt,
  boards: [...boards],
});

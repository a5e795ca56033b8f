import type { Role } from '@notevote/board';
import type { BoardRecord } from './board-directory';

/** A row of the board directory's table: the same columns in SQLite (`boards`) and PostgreSQL (`notevote_boards`). */
export interface DirectoryRow {
  id: string;
  participant_epoch: number;
  facilitator_epoch: number;
  projector_epoch: number;
  // PostgreSQL's bigint arrives as a string (not every bigint fits a JavaScript number; these do).
  created_at: number | string;
  touched_at: number | string;
  join_key: string | null;
  join_salt: number;
}

export const DIRECTORY_COLUMNS =
  'id, participant_epoch, facilitator_epoch, projector_epoch, created_at, touched_at, join_key, join_salt';

/** Column names are interpolated into SQL: only these, never input. */
export const EPOCH_COLUMN = {
  facilitator: 'facilitator_epoch',
  participant: 'participant_epoch',
  projector: 'projector_epoch',
} as const satisfies Record<Role, string>;

export const toBoardRecord = (row: DirectoryRow): BoardRecord => ({
  id: row.id,
  participantEpoch: row.participant_epoch,
  facilitatorEpoch: row.facilitator_epoch,
  projectorEpoch: row.projector_epoch,
  createdAt: Number(row.created_at),
  touchedAt: Number(row.touched_at),
  joinKey: row.join_key,
  joinSalt: row.join_salt,
});

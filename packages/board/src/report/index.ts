export type { Outcome, OutcomeCluster, OutcomeDots, OutcomeNote, OutcomePhase, OutcomeRound } from './types';
export { buildOutcome, type OutcomeOptions } from './build';
export { outcomeMarkdown, type OutcomeMarkdownOptions } from './markdown';
export { OUTCOME_CSV_COLUMNS, csvCell, outcomeCsv, type OutcomeCsvOptions } from './csv';
export { markdownText } from './markdown-text';
export { formatDuration, formatUtcMinute, reportText, type ReportText } from './report-text';
export { boardScene, type BoardScene, type SceneNote } from './scene';
export {
  buildEventOutcome,
  EVENT_TOP_RANKS,
  type EventOutcome,
  type EventOutcomeOptions,
  type EventTeamOutcome,
} from './event-report';
export { eventOutcomeMarkdown, type EventMarkdownOptions } from './event-markdown';

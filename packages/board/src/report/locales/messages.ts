/*
 * The words of a report, one table per language (en.ts is the source; the others translate it). Placeholders are
 * `{name}`, filled with text that is already formatted for the language (numbers, dates, escaped user content).
 * Counting messages give one form per plural category of their language (`Intl.PluralRules`: Arabic has six, Russian
 * four, Chinese one); `{count}` is the number, and a form may leave it out where the language does (Arabic says
 * "two notes" with the dual alone). A few Markdown messages carry their own `**` emphasis, so a language can put the
 * verb inside or outside it. `report-text.test.ts` checks every table against English.
 */

/** A message that depends on a number: its form for each plural category the language has (`other` always). */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

export interface ReportMessages {
  /** The report's title line (`{title}`: the board's title). */
  reportTitle: string;
  /** Stands in for the title of a board that has none. */
  untitledBoard: string;
  /** `{date}`: a date and time in UTC, as `Intl.DateTimeFormat` writes it for the language. */
  boardCreated: string;
  reportGenerated: string;
  notesOnBoard: PluralMessage;
  anonymousBoard: string;
  countsOnly: string;
  silentWriting: string;
  secretVoting: string;

  heatmapHeading: string;
  /** `{round}`: a round's label (`round` or `roundTitled`). */
  heatmapCaptionRound: string;
  heatmapCaptionOutside: string;
  /** What the heatmap's colours mean, in words (for readers who cannot tell the colours apart). */
  heatmapLegend: string;
  heatmapAltRound: string;
  heatmapAltOutside: string;

  round: string;
  roundTitled: string;
  /** The heading of the dots cast outside rounds (on an open board, or before the first round). */
  outsideRounds: string;
  /** `{round}`: a round's label. */
  inProgress: string;

  /** How many people voted with how many dots: `{people}` (votedPeople), `{dots}` (votedDots), `{where}`. */
  voted: string;
  votedPeople: PluralMessage;
  votedDots: PluralMessage;
  /** The parts of `{where}`, joined by `listSeparator`. */
  dotsOnNotes: string;
  dotsOnClusters: string;
  dotsElsewhere: string;
  listSeparator: string;
  /** The round's vote: `{rules}` is dotsEach and one of the three below, joined by `listSeparator`. */
  voteRules: string;
  dotsEach: PluralMessage;
  onNotesOnly: string;
  onNotesOrAnywhere: string;
  onClustersAsWholes: string;

  phaseColumn: string;
  startedColumn: string;
  endedColumn: string;
  lengthColumn: string;
  /** In the Ended column of a phase that has not ended. */
  stillRunning: string;
  phaseWrite: string;
  phaseReveal: string;
  phaseVote: string;
  phaseResults: string;
  phaseDiscuss: string;

  clustersHeading: string;
  notesHeading: string;
  rankColumn: string;
  clusterColumn: string;
  noteColumn: string;
  dotsColumn: string;
  supportersColumn: string;
  notesColumn: string;
  noNotes: string;
  noNoteGotDots: string;
  otherNotesWithoutDots: PluralMessage;
  unnamedCluster: string;
  emptyNote: string;

  /** The CSV table's header row, column by column. */
  csvRound: string;
  csvNoteId: string;
  csvText: string;
  csvCluster: string;
  csvDots: string;
  csvSupporters: string;
  /** The cluster cell of a note in a cluster nobody named. */
  csvUnnamedCluster: string;

  /** How a round voted (`ballotLine`: `{ballot}` is one of the five names below). */
  ballotLine: string;
  ballotDots: string;
  ballotHeatmap: string;
  ballotStrawPoll: string;
  ballotSupervote: string;
  ballotAgreement: string;
  /** Under a heat-map vote's table: why it has no ranks. */
  heatmapNotRanked: string;
  /** The deciders' supervotes, first in the report. */
  decisionsHeading: string;
  decisionsNamed: string;
  /** `{name}`, `{initials}`, `{choices}` (joined by `listSeparator`); the name carries its own emphasis. */
  decisionLine: string;
  /** The name of a decider whose entry was removed after they voted. */
  formerDecider: string;
  /** The agreement scale's ratings, as column headings. */
  ratingStronglyDisagree: string;
  ratingDisagree: string;
  ratingNeutral: string;
  ratingAgree: string;
  ratingStronglyAgree: string;
  ratingUnsure: string;
  ratersColumn: string;
  noRatings: string;
  /** Marks a sketch in a note cell: `{text}` is its description. */
  sketchCell: string;
  /** Under a table with withheld numbers (anonymous board): `{count}` is the smallest group shown. */
  withheld: string;

  /** The combined report of an event (event-markdown.ts): `{title}` is the event's title. */
  eventReportTitle: string;
  /** Stands in for the title of an event that has none. */
  untitledEvent: string;
  eventTeams: PluralMessage;
  /** The table of every team: its title, the round shown, people who voted, dots, notes. */
  eventSummaryHeading: string;
  eventTeamColumn: string;
  eventRoundColumn: string;
  eventPeopleColumn: string;
  /** `{round}`: the label of the round a team's results come from. */
  eventResultsShown: string;
  eventTopClusters: string;
  eventTopNotes: string;
  eventNoDotsYet: string;
}

/** One language of the report: the locale `Intl` formats its numbers and dates in, and its messages. */
export interface ReportLocale {
  intl: string;
  messages: ReportMessages;
}

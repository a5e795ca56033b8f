import type { FeatureCatalog } from '../index';

/**
 * Events: several team boards under one event (apps/web/src/events). Creating one (`/e`), the organiser's page
 * (`/e/<id>`: the teams with their links and live counts, the lounge screen's QR code, the combined report) and the
 * drop-in page a phone opens from that QR code (`/d/<code>`). English is the source: every other language
 * (`./<code>.ts`) has the same keys, and the plural forms `Intl.PluralRules` gives it.
 */
export const events: FeatureCatalog = {
  events: {
    create: {
      heading: 'Create an event',
      intro:
        'An event gives each team its own board, one short address and QR code where people pick their team, and one combined report for the closing session.',
      titleLabel: 'Event title',
      titlePlaceholder: 'e.g. Strategy sprint at the Crime Commission',
      teamsLabel: 'Teams, one per line',
      teamsHint: 'Each line becomes a team board with its own facilitator link. You can add teams later.',
      submit: 'Create the event',
      noTeams: 'Name at least one team, one per line.',
      tooManyTeams_one: 'An event holds at most {{count}} team.',
      tooManyTeams_other: 'An event holds at most {{count}} teams.',
      failed: 'Could not create the event: {{message}}. Check your connection and try again.',
      refused: 'Could not create the event. {{message}}',
      fromLanding: 'Several teams? Create an event',
    },
    organiser: {
      untitled: 'Untitled event',
      invalid: 'This address opens no event. Check that it was copied whole.',
      loading: 'Loading the event…',
      noLink:
        'This page needs the event’s organiser link, including everything after the # sign. Open the link you were given again.',
      refused: 'This event cannot be opened: {{message}}',
      retrying: 'The server did not answer just now ({{message}}). Trying again…',
      dropInHeading: 'Pick your team',
      dropInHint:
        'Show this on the lounge screen. People scan the code or type the address, pick their team and join its board as participants.',
      qrLabel: 'QR code to pick a team of this event: {{url}}',
      shortUrl: 'Short address for picking a team',
      showLounge: 'Show on the lounge screen',
      replaceDropIn: 'Replace the code',
      replaceDropInConfirm:
        'Replace the drop-in code? The QR code and short address shown so far stop working at once; show the new ones instead. Boards, their links and the people on them stay as they are.',
      dropInReplaced: 'The drop-in code was replaced: the old QR code and address no longer open the event.',
      replaceFailed: 'The code could not be replaced ({{message}}). Check the connection and try again.',
      leaveLounge: 'Back to the event page',
      teamsHeading: 'Teams',
      online_one: '{{count}} person on the board',
      online_other: '{{count}} people on the board',
      phase: 'Phase: {{phase}}',
      roundPhase: 'Round {{round}}: {{phase}}',
      statusUnknown: 'Status not available just now',
      untitledTeam: 'Untitled team',
      links: {
        facilitator: 'Facilitator link',
        participant: 'Participant link',
        projector: 'Projector link',
      },
      copy: 'Copy',
      linkFields: {
        facilitator: 'Facilitator link of {{team}}',
        participant: 'Participant link of {{team}}',
        projector: 'Projector link of {{team}}',
      },
      copyLinks: {
        facilitator: 'Copy the facilitator link of {{team}}',
        participant: 'Copy the participant link of {{team}}',
        projector: 'Copy the projector link of {{team}}',
      },
      copyOrganiser: 'Copy your organiser link',
      copyShortUrl: 'Copy the short address',
      copied: 'Copied.',
      addHeading: 'Add a team',
      addLabel: 'Team name',
      addSubmit: 'Add the team',
      added: 'Team “{{team}}” added.',
      addFailed: 'Could not add the team: {{message}}',
      reportHeading: 'Combined report',
      reportHint:
        'One Markdown file for the closing session: each team’s decisions, its top clusters and notes with their dots and supporters, and how many people voted. Counts only, no names.',
      reportDownload: 'Download the combined report',
      reportFailed: 'Could not download the report: {{message}}',
      organiserHeading: 'Your organiser link',
      organiserHint: 'Keep it private: it opens this page, every team’s facilitator link and the report.',
    },
    dropIn: {
      heading: 'Pick your team',
      intro: 'Choose your team to join its board. No account needed.',
      loading: 'Loading the teams…',
      notFound: 'This code opens no event. Check it against the screen; it may have been replaced.',
      failed: 'Could not load the teams: {{message}}. Check your connection and try again.',
      retry: 'Try again',
      noTeams: 'This event has no teams yet. Ask its organiser.',
    },
  },
};

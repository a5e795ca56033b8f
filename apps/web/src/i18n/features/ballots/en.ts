import type { FeatureCatalog } from '../index';

/**
 * Round types (ballots, apps/web/src/ballots): the facilitator's choice of dot vote, heat-map vote, straw poll,
 * supervote or agreement scale, naming deciders and their consent, the rating buttons, the budget and the phase
 * instruction of each type, support spread ("12 dots from 7 people"), decisions and distributions in the results.
 * English is the source: every other language (`./<code>.ts`) has the same keys and the plural forms
 * `Intl.PluralRules` gives it.
 */
export const ballots: FeatureCatalog = {
  ballots: {
    /** The round types, in the facilitator's vote rules, each with one line saying what it does. */
    kinds: {
      heading: 'Round type',
      name: {
        dots: 'Dot vote',
        heatmap: 'Heat-map vote',
        'straw-poll': 'Straw poll',
        supervote: 'Supervote',
        agreement: 'Agreement scale',
      },
      explain: {
        dots: 'Each person places a number of dots on the notes they support; the notes are ranked by dots.',
        heatmap:
          'Each person places small dots on the parts of notes and sketches they like, several on one if they wish; the result is the heatmap, not a ranking.',
        'straw-poll': 'One large dot each, secret until the results: a quick reading of where the room stands.',
        supervote:
          'Only the deciders you name vote, and each supervote shows their name and initials; their decisions are shown apart in the results and first in the report.',
        agreement:
          'Each person rates every option from strongly disagree to strongly agree, or says they need more information; the results show how the ratings spread.',
      },
    },
    rules: {
      supervotes: 'Supervotes per decider',
      noLimit: 'No limit',
      noLimitHint: 'Each person places as many dots as they like (at most {{max}}).',
      heatmapStacks: 'Several dots may go on one note: that is how a heat map shows where interest lies.',
      strawPoll: 'One dot per person.',
      rated: 'Options to rate',
      summary: {
        heatmap_one: 'Heat-map vote · {{count}} dot each · {{where}}',
        heatmap_other: 'Heat-map vote · {{count}} dots each · {{where}}',
        heatmapNoLimit: 'Heat-map vote · no limit · {{where}}',
        'straw-poll': 'Straw poll · one dot each · {{where}}',
        supervote_one: 'Supervote · {{count}} supervote per decider · {{where}}',
        supervote_other: 'Supervote · {{count}} supervotes per decider · {{where}}',
        agreement: 'Agreement scale · {{where}}',
      },
    },
    /** Naming deciders (facilitator panel). */
    deciders: {
      heading: 'Deciders',
      hint: 'Deciders vote under the name you give them. Each must accept on their own screen before voting.',
      none: 'No deciders yet.',
      nobody: 'Nobody else has joined the board yet.',
      entry: '{{name}} ({{initials}}): {{status}}',
      accepted: 'accepted',
      waiting: 'waiting for their answer',
      remove: 'Remove',
      removeNamed: 'Remove {{name}} as a decider',
      person: 'Person',
      yourself: 'Yourself',
      byCode: 'Someone else, by their decider code',
      code: 'Their decider code',
      codeHint:
        'This board is anonymous, so nobody’s identity is shown. Ask the person to open People and read you the decider code shown there.',
      codeInvalid: 'That is not a decider code: it has 22 letters, digits, “-” or “_”. Check it with the person.',
      name: 'Name on their supervotes',
      namePlaceholder: 'e.g. Amina Diallo',
      add: 'Name as decider',
    },
    /** What a person named a decider is asked before anything else. */
    consent: {
      heading: 'You were named a decider',
      body: 'The facilitator named you a decider for the supervote, as “{{name}}” ({{initials}}). Your supervotes will show your name and initials to everyone on this board and in the report.',
      anonymous:
        'This board is anonymous, but supervotes are not: they carry the name given here. Your notes and your dots of the other rounds stay anonymous.',
      accept: 'Accept',
      decline: 'Decline',
      acceptedNotice: 'You are a decider: your supervotes show your name and initials.',
      declinedNotice: 'You declined. The facilitator sees that you are not a decider.',
    },
    /** The People panel: this person's own part in supervotes. */
    self: {
      decider: 'You are a decider, as “{{name}}” ({{initials}}).',
      stepDown: 'Step down as decider',
      codeExplain:
        'To be named a decider on this anonymous board, give the facilitator your decider code. Do so only if you agree: supervotes carry a name.',
      codeShow: 'Show my decider code',
      code: 'Your decider code:',
    },
    /** The phase banner's line in Vote and Results, by round type and by who reads it. */
    instruction: {
      participant: {
        vote: {
          heatmap_one: 'Place your dot on the part of a note you like. Nobody sees votes until the results.',
          heatmap_other:
            'Place up to {{count}} small dots on the parts of notes you like, several on one if you wish. Nobody sees votes until the results.',
          heatmapNoLimit:
            'Place as many small dots as you like on the parts of notes you like. Nobody sees votes until the results.',
          'straw-poll': 'Place your one dot on the option you prefer. Nobody sees votes until the results.',
          supervote:
            'The deciders are voting. Their supervotes appear on the board, with their names, as they place them.',
          supervoteDecider_one:
            'You are a decider: place your supervote. Everyone sees it as you place it, with your name and initials.',
          supervoteDecider_other:
            'You are a decider: place your {{count}} supervotes. Everyone sees them as you place them, with your name and initials.',
          agreement:
            'Rate each option: select a note on the board, or use the notes list. Nobody sees ratings until the results.',
        },
        results: {
          heatmap: 'The votes are in: the heatmap shows where the dots gathered.',
          'straw-poll': 'The straw poll is in.',
          supervote: 'The decisions are in: see them in Results.',
          agreement: 'The ratings are in: see how they spread in Results.',
        },
      },
      facilitator: {
        vote: {
          heatmap: 'Heat-map vote: secret until the results; you see how many have voted.',
          'straw-poll': 'Straw poll: one dot each, secret until the results; you see how many have voted.',
          supervote:
            'Supervote: only the deciders who accepted vote; you see how many have voted. Show the results when they are done.',
          agreement: 'Agreement scale: everyone rates each option; you see how many have voted.',
        },
        results: {
          heatmap: 'The votes are in: turn on the heatmap to see where the dots gathered.',
          'straw-poll': 'The straw poll is in: everyone sees the ranking.',
          supervote: 'The decisions are in: everyone sees them, with the deciders’ names.',
          agreement: 'The ratings are in: everyone sees how they spread.',
        },
      },
      projector: {
        vote: {
          heatmap_one: 'Vote on your device: one small dot each. Nobody sees votes until the results.',
          heatmap_other: 'Vote on your device: up to {{count}} small dots each. Nobody sees votes until the results.',
          heatmapNoLimit: 'Vote on your device: as many small dots as you like. Nobody sees votes until the results.',
          'straw-poll': 'Straw poll on your device: one dot each. Nobody sees votes until the results.',
          supervote: 'The deciders are voting on their devices.',
          agreement: 'Rate each option on your device. Nobody sees ratings until the results.',
        },
        results: {
          heatmap: 'The votes are in: the heatmap shows where the dots gathered.',
          'straw-poll': 'The straw poll is in.',
          supervote: 'The decisions are in.',
          agreement: 'The ratings are in.',
        },
      },
    },
    /** The budget display, where "3 of 5 votes left" would not be true. */
    budget: {
      noLimit_one: '{{count}} dot placed · no limit',
      noLimit_other: '{{count}} dots placed · no limit',
      rated_one: 'You rated {{count}} option',
      rated_other: 'You rated {{count}} options',
      supervotes: '{{left}} of {{total}} supervotes left',
    },
    phone: {
      rate: 'Rate',
      rateHint: 'Tap a note to rate it, or open the list of notes.',
    },
    /** The rating buttons. A group's name says what is rated; each button's name is its visible words. */
    rate: {
      group: 'Your rating of “{{text}}”',
      groupCluster: 'Your rating of cluster “{{name}}”',
      names: {
        'strongly-disagree': 'Strongly disagree',
        disagree: 'Disagree',
        neutral: 'Neutral',
        agree: 'Agree',
        'strongly-agree': 'Strongly agree',
        unsure: 'Unsure / need more information',
      },
      listStatus_one: 'Rate each option with the buttons under it. You rated {{count}} option.',
      listStatus_other: 'Rate each option with the buttons under it. You rated {{count}} options.',
    },
    /** Support spread: how many people a number of dots came from. */
    spread: {
      dots_one: '{{count}} dot',
      dots_other: '{{count}} dots',
      people_one: '{{count}} person',
      people_other: '{{count}} people',
      both: '{{dots}} from {{people}}',
      from_one: 'From {{count}} person',
      from_other: 'From {{count}} people',
    },
    results: {
      roundOption: '{{round}}: {{dots}}',
      decisions: 'Decisions',
      decisionsNamed: 'Supervotes carry their deciders’ names by design; each decider accepted that before voting.',
      decider: '{{name}} ({{initials}})',
      formerDecider: 'A former decider',
      noDecisions: 'No decider has voted.',
      heatmapHint: 'A heat-map vote is read from the heatmap: it is not ranked.',
      showHeatmap: 'Show the heatmap',
      agreementHeading: 'Ratings, most agreed first',
      legend: 'Colours of the ratings',
      noRatings: 'No ratings yet.',
      ratingCount: '{{rating}}: {{count}}',
      separator: ', ',
      ratings_one: '{{count}} rating',
      ratings_other: '{{count}} ratings',
      withheld_one:
        'On an anonymous board, ratings are not broken down for an option fewer than {{count}} person rated.',
      withheld_other:
        'On an anonymous board, ratings are not broken down for an option fewer than {{count}} people rated.',
    },
    /** The People panel marks deciders. */
    people: {
      decider: 'decider',
      waiting: 'named decider, no answer yet',
    },
    projector: {
      mostDots: 'Most dots',
    },
  },
};

import type { ReportLocale } from './messages';

// French typography puts a non-breaking space (U+00A0) before a colon. Plural "many" is for millions and above,
// which French counts with "de" ("1 000 000 de gommettes").
export const fr: ReportLocale = {
  intl: 'fr',
  messages: {
    reportTitle: '{title}\u00a0: rapport sur les résultats',
    untitledBoard: 'Tableau sans titre',
    boardCreated: 'Création du tableau\u00a0: {date}',
    reportGenerated: 'Établissement du rapport\u00a0: {date}',
    notesOnBoard: {
      one: '{count} note sur le tableau',
      many: '{count} de notes sur le tableau',
      other: '{count} notes sur le tableau',
    },
    anonymousBoard:
      'Tableau anonyme\u00a0: personne ne peut savoir qui a rédigé une note ou placé une gommette, et le présent ' +
      'rapport ne nomme personne.',
    countsOnly: 'Le présent rapport ne donne que des chiffres\u00a0: il ne nomme personne.',
    silentWriting:
      'Une phase de rédaction silencieuse est en cours\u00a0: les notes qui n’ont pas encore été dévoilées ne ' +
      'figurent pas dans le présent rapport.',
    secretVoting:
      'Un vote secret est en cours\u00a0: les gommettes qui n’ont pas encore été dévoilées ne sont pas ' +
      'comptabilisées dans le présent rapport.',

    heatmapHeading: 'Carte de chaleur',
    heatmapCaptionRound: 'Répartition des gommettes sur le tableau ({round}).',
    heatmapCaptionOutside: 'Répartition sur le tableau des gommettes placées hors des tours.',
    heatmapLegend:
      'Les couleurs vont du jaune (moins de gommettes) au violet foncé (plus de gommettes), en passant par le vert et le bleu.',
    heatmapAltRound: 'Carte de chaleur des gommettes ({round})',
    heatmapAltOutside: 'Carte de chaleur des gommettes placées hors des tours',

    round: 'Tour {number}',
    roundTitled: 'Tour {number}\u00a0: {title}',
    outsideRounds: 'Hors des tours',
    inProgress: '{round} (en cours)',

    voted: '{people} en plaçant {dots} ({where}).',
    votedPeople: {
      one: '**{count} personne** a voté',
      many: '**{count} de personnes** ont voté',
      other: '**{count} personnes** ont voté',
    },
    votedDots: { one: '**{count} gommette**', many: '**{count} de gommettes**', other: '**{count} gommettes**' },
    dotsOnNotes: '{count} sur des notes',
    dotsOnClusters: '{count} sur des groupes',
    dotsElsewhere: '{count} ailleurs sur le tableau',
    listSeparator: ', ',
    voteRules: 'Règles du vote\u00a0: {rules}.',
    dotsEach: {
      one: '{count} gommette par personne',
      many: '{count} de gommettes par personne',
      other: '{count} gommettes par personne',
    },
    onNotesOnly: 'sur les notes',
    onNotesOrAnywhere: 'sur les notes ou n’importe où sur le tableau',
    onClustersAsWholes: 'sur les groupes dans leur ensemble',

    phaseColumn: 'Phase',
    startedColumn: 'Début',
    endedColumn: 'Fin',
    lengthColumn: 'Durée',
    stillRunning: 'en cours',
    phaseWrite: 'Rédaction',
    phaseReveal: 'Dévoilement',
    phaseVote: 'Vote',
    phaseResults: 'Résultats',
    phaseDiscuss: 'Discussion',

    clustersHeading: 'Groupes',
    notesHeading: 'Notes',
    rankColumn: 'Rang',
    clusterColumn: 'Groupe',
    noteColumn: 'Note',
    dotsColumn: 'Gommettes',
    supportersColumn: 'Votants',
    notesColumn: 'Notes',
    noNotes: 'Aucune note.',
    noNoteGotDots: 'Aucune note n’a reçu de gommette.',
    otherNotesWithoutDots: {
      one: '{count} autre note n’a reçu aucune gommette.',
      many: '{count} d’autres notes n’ont reçu aucune gommette.',
      other: '{count} autres notes n’ont reçu aucune gommette.',
    },
    unnamedCluster: 'Groupe sans nom',
    emptyNote: '(note vide)',

    csvRound: 'tour',
    csvNoteId: 'id_note',
    csvText: 'texte',
    csvCluster: 'groupe',
    csvDots: 'gommettes',
    csvSupporters: 'votants',
    csvUnnamedCluster: '(groupe sans nom)',
    ballotLine: 'Mode de vote : {ballot}.',
    ballotDots: 'vote par points',
    ballotHeatmap: 'vote en carte de chaleur',
    ballotStrawPoll: 'vote indicatif',
    ballotSupervote: 'supervote',
    ballotAgreement: 'échelle d’accord',
    heatmapNotRanked:
      'Un vote en carte de chaleur se lit sur la carte, sans classement : le tableau indique combien de points sont tombés sur chaque note et de combien de personnes.',
    decisionsHeading: 'Décisions',
    decisionsNamed:
      'Les seuls noms figurant dans ce rapport sont ceux des décideurs, sur leurs supervotes : ceux-ci sont nominatifs par principe, et chaque décideur l’a accepté avant de voter.',
    decisionLine: '**{name}** ({initials}) : {choices}',
    formerDecider: 'Un ancien décideur',
    ratingStronglyDisagree: 'Pas du tout d’accord',
    ratingDisagree: 'Pas d’accord',
    ratingNeutral: 'Neutre',
    ratingAgree: 'D’accord',
    ratingStronglyAgree: 'Tout à fait d’accord',
    ratingUnsure: 'Incertain, besoin d’informations',
    ratersColumn: 'Personnes',
    noRatings: 'Personne n’a évalué d’option lors de ce tour.',
    sketchCell: 'Croquis : {text}',
    withheld:
      '– : sur un tableau anonyme, un nombre derrière lequel se trouvent moins de {count} personnes n’est pas détaillé, afin que le choix de chacun reste inconnu.',

    eventReportTitle: '{title}\u00a0: rapport de synthèse sur les résultats',
    untitledEvent: 'Événement sans titre',
    eventTeams: {
      one: '{count} tableau d’équipe',
      many: '{count} de tableaux d’équipe',
      other: '{count} tableaux d’équipe',
    },
    eventSummaryHeading: 'Aperçu des équipes',
    eventTeamColumn: 'Équipe',
    eventRoundColumn: 'Tour présenté',
    eventPeopleColumn: 'Personnes ayant voté',
    eventResultsShown: 'Résultats présentés\u00a0: {round}.',
    eventTopClusters: 'Groupes les mieux classés',
    eventTopNotes: 'Notes les mieux classées',
    eventNoDotsYet: 'Aucune gommette n’a encore été placée sur ce tableau.',
  },
};

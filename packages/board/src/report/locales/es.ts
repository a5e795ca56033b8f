import type { ReportLocale } from './messages';

// Plural "many" is for millions and above, which Spanish counts with "de" ("1.000.000 de puntos").
export const es: ReportLocale = {
  intl: 'es',
  messages: {
    reportTitle: '{title}: informe de resultados',
    untitledBoard: 'Tablero sin título',
    boardCreated: 'Creación del tablero: {date}',
    reportGenerated: 'Elaboración del informe: {date}',
    notesOnBoard: {
      one: '{count} nota en el tablero',
      many: '{count} de notas en el tablero',
      other: '{count} notas en el tablero',
    },
    anonymousBoard:
      'Tablero anónimo: nadie puede saber quién escribió una nota o colocó un punto, y el presente informe no ' +
      'menciona a nadie.',
    countsOnly: 'El presente informe solo contiene cifras: no menciona a nadie.',
    silentWriting:
      'Hay una fase de redacción silenciosa en curso: las notas que aún no se han revelado no figuran en el ' +
      'presente informe.',
    secretVoting:
      'Hay una votación secreta en curso: los puntos que aún no se han revelado no se contabilizan en el presente ' +
      'informe.',

    heatmapHeading: 'Mapa de calor',
    heatmapCaptionRound: 'Distribución de los puntos en el tablero ({round}).',
    heatmapCaptionOutside: 'Distribución en el tablero de los puntos colocados fuera de las rondas.',
    heatmapLegend:
      'Los colores van del amarillo (menos puntos) al violeta oscuro (más puntos), pasando por el verde y el azul.',
    heatmapAltRound: 'Mapa de calor de los puntos ({round})',
    heatmapAltOutside: 'Mapa de calor de los puntos colocados fuera de las rondas',

    round: 'Ronda {number}',
    roundTitled: 'Ronda {number}: {title}',
    outsideRounds: 'Fuera de las rondas',
    inProgress: '{round} (en curso)',

    voted: '{people}, con un total de {dots} ({where}).',
    votedPeople: {
      one: '**{count} persona** votó',
      many: '**{count} de personas** votaron',
      other: '**{count} personas** votaron',
    },
    votedDots: { one: '**{count} punto**', many: '**{count} de puntos**', other: '**{count} puntos**' },
    dotsOnNotes: '{count} en notas',
    dotsOnClusters: '{count} en grupos',
    dotsElsewhere: '{count} en otros lugares del tablero',
    listSeparator: ', ',
    voteRules: 'Reglas de la votación: {rules}.',
    dotsEach: {
      one: '{count} punto por persona',
      many: '{count} de puntos por persona',
      other: '{count} puntos por persona',
    },
    onNotesOnly: 'en las notas',
    onNotesOrAnywhere: 'en las notas o en cualquier lugar del tablero',
    onClustersAsWholes: 'en los grupos en su conjunto',

    phaseColumn: 'Fase',
    startedColumn: 'Inicio',
    endedColumn: 'Fin',
    lengthColumn: 'Duración',
    stillRunning: 'en curso',
    phaseWrite: 'Redacción',
    phaseReveal: 'Revelación',
    phaseVote: 'Votación',
    phaseResults: 'Resultados',
    phaseDiscuss: 'Debate',

    clustersHeading: 'Grupos',
    notesHeading: 'Notas',
    rankColumn: 'Puesto',
    clusterColumn: 'Grupo',
    noteColumn: 'Nota',
    dotsColumn: 'Puntos',
    supportersColumn: 'Votantes',
    notesColumn: 'Notas',
    noNotes: 'No hay notas.',
    noNoteGotDots: 'Ninguna nota recibió puntos.',
    otherNotesWithoutDots: {
      one: '{count} nota más no recibió ningún punto.',
      many: '{count} de notas más no recibieron ningún punto.',
      other: '{count} notas más no recibieron ningún punto.',
    },
    unnamedCluster: 'Grupo sin nombre',
    emptyNote: '(nota vacía)',

    csvRound: 'ronda',
    csvNoteId: 'id_nota',
    csvText: 'texto',
    csvCluster: 'grupo',
    csvDots: 'puntos',
    csvSupporters: 'votantes',
    csvUnnamedCluster: '(grupo sin nombre)',
    ballotLine: 'Tipo de votación: {ballot}.',
    ballotDots: 'votación con puntos',
    ballotHeatmap: 'votación en mapa de calor',
    ballotStrawPoll: 'sondeo indicativo',
    ballotSupervote: 'supervoto',
    ballotAgreement: 'escala de acuerdo',
    heatmapNotRanked:
      'Una votación en mapa de calor se lee en el mapa, sin clasificación: la tabla indica cuántos puntos recibió cada nota y de cuántas personas.',
    decisionsHeading: 'Decisiones',
    decisionsNamed:
      'Los únicos nombres de este informe son los de las personas decisoras, en sus supervotos: son nominales por diseño, y cada persona decisora lo aceptó antes de votar.',
    decisionLine: '**{name}** ({initials}): {choices}',
    formerDecider: 'Una antigua persona decisora',
    ratingStronglyDisagree: 'Totalmente en desacuerdo',
    ratingDisagree: 'En desacuerdo',
    ratingNeutral: 'Neutral',
    ratingAgree: 'De acuerdo',
    ratingStronglyAgree: 'Totalmente de acuerdo',
    ratingUnsure: 'No está claro, se necesita más información',
    ratersColumn: 'Personas',
    noRatings: 'Nadie valoró ninguna opción en esta ronda.',
    sketchCell: 'Boceto: {text}',
    withheld:
      '– : en un tablero anónimo, una cifra detrás de la cual hay menos de {count} personas no se desglosa, para que no pueda saberse lo que eligió nadie.',

    eventReportTitle: '{title}: informe consolidado de resultados',
    untitledEvent: 'Evento sin título',
    eventTeams: {
      one: '{count} tablero de equipo',
      many: '{count} de tableros de equipo',
      other: '{count} tableros de equipo',
    },
    eventSummaryHeading: 'Resumen de los equipos',
    eventTeamColumn: 'Equipo',
    eventRoundColumn: 'Ronda presentada',
    eventPeopleColumn: 'Personas que votaron',
    eventResultsShown: 'Resultados presentados: {round}.',
    eventTopClusters: 'Grupos mejor clasificados',
    eventTopNotes: 'Notas mejor clasificadas',
    eventNoDotsYet: 'Todavía no hay puntos en este tablero.',
  },
};

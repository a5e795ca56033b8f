import type { ReportLocale } from './messages';

// Plural forms: "one" 1, 21, 31…; "few" 2–4, 22–24…; "many" 0, 5–20, 25–30…; "other" fractions. Written with "е"
// for "ё", as UN Russian texts are.
export const ru: ReportLocale = {
  intl: 'ru',
  messages: {
    reportTitle: '{title}: отчет о результатах',
    untitledBoard: 'Доска без названия',
    boardCreated: 'Доска создана: {date}',
    reportGenerated: 'Отчет сформирован: {date}',
    notesOnBoard: {
      one: 'На доске {count} заметка',
      few: 'На доске {count} заметки',
      many: 'На доске {count} заметок',
      other: 'На доске {count} заметки',
    },
    anonymousBoard:
      'Анонимная доска: никто не может узнать, кто написал заметку или поставил точку, и в настоящем отчете никто ' +
      'не назван.',
    countsOnly: 'В настоящем отчете приводятся только количественные данные: никто не назван.',
    silentWriting: 'Идет скрытое написание заметок: заметки, которые еще не раскрыты, в настоящий отчет не включены.',
    secretVoting: 'Идет тайное голосование: точки, которые еще не раскрыты, в настоящем отчете не учитываются.',

    heatmapHeading: 'Тепловая карта',
    heatmapCaptionRound: 'Распределение точек на доске ({round}).',
    heatmapCaptionOutside: 'Распределение на доске точек, поставленных вне раундов.',
    heatmapLegend: 'Цвета меняются от желтого (меньше точек) через зеленый и синий к темно-фиолетовому (больше точек).',
    heatmapAltRound: 'Тепловая карта точек ({round})',
    heatmapAltOutside: 'Тепловая карта точек, поставленных вне раундов',

    round: 'Раунд {number}',
    roundTitled: 'Раунд {number}: {title}',
    outsideRounds: 'Вне раундов',
    inProgress: '{round} (продолжается)',

    voted: '{people}, поставив {dots} ({where}).',
    votedPeople: {
      one: '**{count} человек** проголосовал',
      few: '**{count} человека** проголосовали',
      many: '**{count} человек** проголосовали',
      other: '**{count} человека** проголосовали',
    },
    votedDots: {
      one: '**{count} точку**',
      few: '**{count} точки**',
      many: '**{count} точек**',
      other: '**{count} точки**',
    },
    dotsOnNotes: '{count} на заметках',
    dotsOnClusters: '{count} на группах',
    dotsElsewhere: '{count} в других местах доски',
    listSeparator: ', ',
    voteRules: 'Правила голосования: {rules}.',
    dotsEach: {
      one: '{count} точка на человека',
      few: '{count} точки на человека',
      many: '{count} точек на человека',
      other: '{count} точки на человека',
    },
    onNotesOnly: 'на заметках',
    onNotesOrAnywhere: 'на заметках или в любом месте доски',
    onClustersAsWholes: 'на группах в целом',

    phaseColumn: 'Этап',
    startedColumn: 'Начало',
    endedColumn: 'Окончание',
    lengthColumn: 'Продолжительность',
    stillRunning: 'продолжается',
    phaseWrite: 'Написание',
    phaseReveal: 'Раскрытие',
    phaseVote: 'Голосование',
    phaseResults: 'Результаты',
    phaseDiscuss: 'Обсуждение',

    clustersHeading: 'Группы',
    notesHeading: 'Заметки',
    rankColumn: 'Место',
    clusterColumn: 'Группа',
    noteColumn: 'Заметка',
    dotsColumn: 'Точки',
    supportersColumn: 'Проголосовавшие',
    notesColumn: 'Заметки',
    noNotes: 'Заметок нет.',
    noNoteGotDots: 'Ни одна заметка не получила точек.',
    otherNotesWithoutDots: {
      one: 'Еще {count} заметка не получила ни одной точки.',
      few: 'Еще {count} заметки не получили ни одной точки.',
      many: 'Еще {count} заметок не получили ни одной точки.',
      other: 'Еще {count} заметки не получили ни одной точки.',
    },
    unnamedCluster: 'Группа без названия',
    emptyNote: '(пустая заметка)',

    csvRound: 'раунд',
    csvNoteId: 'код_заметки',
    csvText: 'текст',
    csvCluster: 'группа',
    csvDots: 'точки',
    csvSupporters: 'проголосовавшие',
    csvUnnamedCluster: '(группа без названия)',
  },
};

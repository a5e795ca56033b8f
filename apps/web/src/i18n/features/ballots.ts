import type { FeatureCatalog } from './index';

/**
 * Round types (ballots, apps/web/src/ballots): the facilitator's choice of dot vote, heat-map vote, straw poll,
 * supervote or agreement scale, naming deciders and their consent, the rating buttons, the budget and the phase
 * instruction of each type, support spread ("12 dots from 7 people"), decisions and distributions in the results.
 * English is the source; every language has the same keys and the plural forms `Intl.PluralRules` gives it.
 */
export const ballots: FeatureCatalog = {
  en: {
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
  },
  fr: {
    ballots: {
      kinds: {
        heading: 'Type de tour',
        name: {
          dots: 'Vote par gommettes',
          heatmap: 'Vote en carte de chaleur',
          'straw-poll': 'Vote indicatif',
          supervote: 'Supervote',
          agreement: 'Échelle d’accord',
        },
        explain: {
          dots: 'Chaque personne place un nombre donné de gommettes sur les notes qu’elle soutient ; les notes sont classées selon leurs gommettes.',
          heatmap:
            'Chaque personne place de petites gommettes sur les parties des notes et des croquis qui l’intéressent, plusieurs sur une même note si elle le souhaite ; le résultat est la carte de chaleur, et non un classement.',
          'straw-poll':
            'Une grande gommette par personne, secrète jusqu’aux résultats : un aperçu rapide de la position de la salle.',
          supervote:
            'Seuls les décideurs que vous désignez votent, et chaque supervote porte leur nom et leurs initiales ; leurs décisions sont présentées à part dans les résultats et en tête du rapport.',
          agreement:
            'Chaque personne évalue chaque option, de « Pas du tout d’accord » à « Tout à fait d’accord », ou indique qu’elle a besoin de plus d’informations ; les résultats montrent la répartition des évaluations.',
        },
      },
      rules: {
        supervotes: 'Supervotes par décideur',
        noLimit: 'Sans limite',
        noLimitHint: 'Chaque personne place autant de gommettes qu’elle le souhaite ({{max}} au maximum).',
        heatmapStacks:
          'Plusieurs gommettes peuvent être placées sur une même note : c’est ainsi qu’une carte de chaleur montre où se porte l’intérêt.',
        strawPoll: 'Une gommette par personne.',
        rated: 'Options à évaluer',
        summary: {
          heatmap_one: 'Vote en carte de chaleur · {{count}} gommette par personne · {{where}}',
          heatmap_many: 'Vote en carte de chaleur · {{count}} gommettes par personne · {{where}}',
          heatmap_other: 'Vote en carte de chaleur · {{count}} gommettes par personne · {{where}}',
          heatmapNoLimit: 'Vote en carte de chaleur · sans limite · {{where}}',
          'straw-poll': 'Vote indicatif · une gommette par personne · {{where}}',
          supervote_one: 'Supervote · {{count}} supervote par décideur · {{where}}',
          supervote_many: 'Supervote · {{count}} supervotes par décideur · {{where}}',
          supervote_other: 'Supervote · {{count}} supervotes par décideur · {{where}}',
          agreement: 'Échelle d’accord · {{where}}',
        },
      },
      deciders: {
        heading: 'Décideurs',
        hint: 'Les décideurs votent sous le nom que vous leur attribuez. Chacun doit accepter sur son propre écran avant de voter.',
        none: 'Aucun décideur pour le moment.',
        nobody: 'Personne d’autre n’a encore rejoint le tableau.',
        entry: '{{name}} ({{initials}}) : {{status}}',
        accepted: 'a accepté',
        waiting: 'en attente de sa réponse',
        remove: 'Retirer',
        removeNamed: 'Retirer {{name}} des décideurs',
        person: 'Personne',
        yourself: 'Vous-même',
        byCode: 'Une autre personne, au moyen de son code de décideur',
        code: 'Son code de décideur',
        codeHint:
          'Ce tableau est anonyme : l’identité de chacun reste masquée. Demandez à la personne d’ouvrir « Personnes » et de vous lire le code de décideur qui y figure.',
        codeInvalid:
          'Ce n’est pas un code de décideur : il comporte 22 lettres, chiffres, « - » ou « _ ». Vérifiez-le avec la personne.',
        name: 'Nom figurant sur ses supervotes',
        namePlaceholder: 'p. ex. Amina Diallo',
        add: 'Désigner comme décideur',
      },
      consent: {
        heading: 'Vous avez été désigné(e) décideur',
        body: 'L’animateur vous a désigné(e) décideur pour le supervote, sous le nom « {{name}} » ({{initials}}). Vos supervotes afficheront votre nom et vos initiales à toutes les personnes présentes sur ce tableau ainsi que dans le rapport.',
        anonymous:
          'Ce tableau est anonyme, mais les supervotes ne le sont pas : ils portent le nom indiqué ici. Vos notes et vos gommettes des autres tours restent anonymes.',
        accept: 'Accepter',
        decline: 'Refuser',
        acceptedNotice: 'Vous êtes décideur : vos supervotes affichent votre nom et vos initiales.',
        declinedNotice: 'Vous avez refusé. L’animateur voit que vous n’êtes pas décideur.',
      },
      self: {
        decider: 'Vous êtes décideur, sous le nom « {{name}} » ({{initials}}).',
        stepDown: 'Renoncer au rôle de décideur',
        codeExplain:
          'Pour être désigné(e) décideur sur ce tableau anonyme, communiquez votre code de décideur à l’animateur. Ne le faites que si vous y consentez : les supervotes portent un nom.',
        codeShow: 'Afficher mon code de décideur',
        code: 'Votre code de décideur :',
      },
      instruction: {
        participant: {
          vote: {
            heatmap_one:
              'Placez votre gommette sur la partie d’une note qui vous intéresse. Personne ne voit les votes avant les résultats.',
            heatmap_many:
              'Placez jusqu’à {{count}} petites gommettes sur les parties des notes qui vous intéressent, plusieurs sur une même note si vous le souhaitez. Personne ne voit les votes avant les résultats.',
            heatmap_other:
              'Placez jusqu’à {{count}} petites gommettes sur les parties des notes qui vous intéressent, plusieurs sur une même note si vous le souhaitez. Personne ne voit les votes avant les résultats.',
            heatmapNoLimit:
              'Placez autant de petites gommettes que vous le souhaitez sur les parties des notes qui vous intéressent. Personne ne voit les votes avant les résultats.',
            'straw-poll':
              'Placez votre unique gommette sur l’option que vous préférez. Personne ne voit les votes avant les résultats.',
            supervote:
              'Les décideurs votent. Leurs supervotes apparaissent sur le tableau, avec leur nom, à mesure qu’ils les placent.',
            supervoteDecider_one:
              'Vous êtes décideur : placez votre supervote. Tout le monde le voit dès que vous le placez, avec votre nom et vos initiales.',
            supervoteDecider_many:
              'Vous êtes décideur : placez vos {{count}} supervotes. Tout le monde les voit dès que vous les placez, avec votre nom et vos initiales.',
            supervoteDecider_other:
              'Vous êtes décideur : placez vos {{count}} supervotes. Tout le monde les voit dès que vous les placez, avec votre nom et vos initiales.',
            agreement:
              'Évaluez chaque option : sélectionnez une note sur le tableau ou utilisez la liste des notes. Personne ne voit les évaluations avant les résultats.',
          },
          results: {
            heatmap: 'Les votes sont connus : la carte de chaleur montre où les gommettes se sont concentrées.',
            'straw-poll': 'Le vote indicatif est terminé.',
            supervote: 'Les décisions sont connues : consultez-les dans « Résultats ».',
            agreement: 'Les évaluations sont connues : consultez leur répartition dans « Résultats ».',
          },
        },
        facilitator: {
          vote: {
            heatmap:
              'Vote en carte de chaleur : secret jusqu’aux résultats ; vous voyez combien de personnes ont voté.',
            'straw-poll':
              'Vote indicatif : une gommette par personne, secrète jusqu’aux résultats ; vous voyez combien de personnes ont voté.',
            supervote:
              'Supervote : seuls les décideurs qui ont accepté votent ; vous voyez combien de personnes ont voté. Affichez les résultats lorsqu’ils ont terminé.',
            agreement: 'Échelle d’accord : chacun évalue chaque option ; vous voyez combien de personnes ont voté.',
          },
          results: {
            heatmap:
              'Les votes sont connus : activez la carte de chaleur pour voir où les gommettes se sont concentrées.',
            'straw-poll': 'Le vote indicatif est terminé : tout le monde voit le classement.',
            supervote: 'Les décisions sont connues : tout le monde les voit, avec le nom des décideurs.',
            agreement: 'Les évaluations sont connues : tout le monde voit leur répartition.',
          },
        },
        projector: {
          vote: {
            heatmap_one:
              'Votez sur votre appareil : une petite gommette par personne. Personne ne voit les votes avant les résultats.',
            heatmap_many:
              'Votez sur votre appareil : jusqu’à {{count}} petites gommettes par personne. Personne ne voit les votes avant les résultats.',
            heatmap_other:
              'Votez sur votre appareil : jusqu’à {{count}} petites gommettes par personne. Personne ne voit les votes avant les résultats.',
            heatmapNoLimit:
              'Votez sur votre appareil : autant de petites gommettes que vous le souhaitez. Personne ne voit les votes avant les résultats.',
            'straw-poll':
              'Vote indicatif sur votre appareil : une gommette par personne. Personne ne voit les votes avant les résultats.',
            supervote: 'Les décideurs votent sur leur appareil.',
            agreement:
              'Évaluez chaque option sur votre appareil. Personne ne voit les évaluations avant les résultats.',
          },
          results: {
            heatmap: 'Les votes sont connus : la carte de chaleur montre où les gommettes se sont concentrées.',
            'straw-poll': 'Le vote indicatif est terminé.',
            supervote: 'Les décisions sont connues.',
            agreement: 'Les évaluations sont connues.',
          },
        },
      },
      budget: {
        noLimit_one: '{{count}} gommette placée · sans limite',
        noLimit_many: '{{count}} gommettes placées · sans limite',
        noLimit_other: '{{count}} gommettes placées · sans limite',
        rated_one: 'Vous avez évalué {{count}} option',
        rated_many: 'Vous avez évalué {{count}} options',
        rated_other: 'Vous avez évalué {{count}} options',
        supervotes: 'Supervotes restants : {{left}} sur {{total}}',
      },
      phone: {
        rate: 'Évaluer',
        rateHint: 'Touchez une note pour l’évaluer, ou ouvrez la liste des notes.',
      },
      rate: {
        group: 'Votre évaluation de « {{text}} »',
        groupCluster: 'Votre évaluation du groupe « {{name}} »',
        names: {
          'strongly-disagree': 'Pas du tout d’accord',
          disagree: 'Pas d’accord',
          neutral: 'Neutre',
          agree: 'D’accord',
          'strongly-agree': 'Tout à fait d’accord',
          unsure: 'Incertain / besoin de plus d’informations',
        },
        listStatus_one:
          'Évaluez chaque option à l’aide des boutons situés en dessous. Vous avez évalué {{count}} option.',
        listStatus_many:
          'Évaluez chaque option à l’aide des boutons situés en dessous. Vous avez évalué {{count}} options.',
        listStatus_other:
          'Évaluez chaque option à l’aide des boutons situés en dessous. Vous avez évalué {{count}} options.',
      },
      spread: {
        dots_one: '{{count}} gommette',
        dots_many: '{{count}} gommettes',
        dots_other: '{{count}} gommettes',
        people_one: '{{count}} personne',
        people_many: '{{count}} personnes',
        people_other: '{{count}} personnes',
        both: '{{dots}} de {{people}}',
        from_one: 'De la part de {{count}} personne',
        from_many: 'De la part de {{count}} personnes',
        from_other: 'De la part de {{count}} personnes',
      },
      results: {
        roundOption: '{{round}} : {{dots}}',
        decisions: 'Décisions',
        decisionsNamed:
          'Les supervotes portent par principe le nom de leurs décideurs ; chaque décideur l’a accepté avant de voter.',
        decider: '{{name}} ({{initials}})',
        formerDecider: 'Un ancien décideur',
        noDecisions: 'Aucun décideur n’a voté.',
        heatmapHint:
          'Un vote en carte de chaleur se lit sur la carte de chaleur : il ne donne pas lieu à un classement.',
        showHeatmap: 'Afficher la carte de chaleur',
        agreementHeading: 'Évaluations, de la plus favorable à la moins favorable',
        legend: 'Couleurs des évaluations',
        noRatings: 'Aucune évaluation pour le moment.',
        ratingCount: '{{rating}} : {{count}}',
        separator: ', ',
        ratings_one: '{{count}} évaluation',
        ratings_many: '{{count}} évaluations',
        ratings_other: '{{count}} évaluations',
        withheld_one:
          'Sur un tableau anonyme, les évaluations ne sont pas détaillées pour une option évaluée par moins de {{count}} personne.',
        withheld_many:
          'Sur un tableau anonyme, les évaluations ne sont pas détaillées pour une option évaluée par moins de {{count}} personnes.',
        withheld_other:
          'Sur un tableau anonyme, les évaluations ne sont pas détaillées pour une option évaluée par moins de {{count}} personnes.',
      },
      /** The People panel marks deciders. */
      people: {
        decider: 'décideur',
        waiting: 'désigné(e) décideur, pas encore de réponse',
      },
      projector: {
        mostDots: 'Le plus de gommettes',
      },
    },
  },
  es: {
    ballots: {
      kinds: {
        heading: 'Tipo de ronda',
        name: {
          dots: 'Votación con puntos',
          heatmap: 'Votación en mapa de calor',
          'straw-poll': 'Sondeo indicativo',
          supervote: 'Supervoto',
          agreement: 'Escala de acuerdo',
        },
        explain: {
          dots: 'Cada persona coloca un número determinado de puntos en las notas que apoya; las notas se clasifican según sus puntos.',
          heatmap:
            'Cada persona coloca puntos pequeños en las partes de las notas y los bocetos que le interesan, varios en una misma nota si lo desea; el resultado es el mapa de calor, no una clasificación.',
          'straw-poll':
            'Un punto grande por persona, secreto hasta los resultados: una lectura rápida de la posición de la sala.',
          supervote:
            'Solo votan las personas decisoras que usted designe, y cada supervoto muestra su nombre e iniciales; sus decisiones se presentan por separado en los resultados y en primer lugar en el informe.',
          agreement:
            'Cada persona valora cada opción, desde «Totalmente en desacuerdo» hasta «Totalmente de acuerdo», o indica que necesita más información; los resultados muestran la distribución de las valoraciones.',
        },
      },
      rules: {
        supervotes: 'Supervotos por persona decisora',
        noLimit: 'Sin límite',
        noLimitHint: 'Cada persona coloca tantos puntos como desee (como máximo {{max}}).',
        heatmapStacks:
          'Se pueden colocar varios puntos en una misma nota: así muestra un mapa de calor dónde se concentra el interés.',
        strawPoll: 'Un punto por persona.',
        rated: 'Opciones que se valoran',
        summary: {
          heatmap_one: 'Votación en mapa de calor · {{count}} punto por persona · {{where}}',
          heatmap_many: 'Votación en mapa de calor · {{count}} puntos por persona · {{where}}',
          heatmap_other: 'Votación en mapa de calor · {{count}} puntos por persona · {{where}}',
          heatmapNoLimit: 'Votación en mapa de calor · sin límite · {{where}}',
          'straw-poll': 'Sondeo indicativo · un punto por persona · {{where}}',
          supervote_one: 'Supervoto · {{count}} supervoto por persona decisora · {{where}}',
          supervote_many: 'Supervoto · {{count}} supervotos por persona decisora · {{where}}',
          supervote_other: 'Supervoto · {{count}} supervotos por persona decisora · {{where}}',
          agreement: 'Escala de acuerdo · {{where}}',
        },
      },
      deciders: {
        heading: 'Personas decisoras',
        hint: 'Las personas decisoras votan con el nombre que usted les asigne. Cada una debe aceptar en su propia pantalla antes de votar.',
        none: 'Todavía no hay personas decisoras.',
        nobody: 'Nadie más se ha unido todavía al tablero.',
        entry: '{{name}} ({{initials}}): {{status}}',
        accepted: 'ha aceptado',
        waiting: 'a la espera de su respuesta',
        remove: 'Retirar',
        removeNamed: 'Retirar a {{name}} como persona decisora',
        person: 'Persona',
        yourself: 'Usted',
        byCode: 'Otra persona, mediante su código de persona decisora',
        code: 'Su código de persona decisora',
        codeHint:
          'Este tablero es anónimo, por lo que no se muestra la identidad de nadie. Pida a la persona que abra «Personas» y le lea el código de persona decisora que aparece allí.',
        codeInvalid:
          'No es un código de persona decisora: tiene 22 letras, cifras, «-» o «_». Compruébelo con la persona.',
        name: 'Nombre que figurará en sus supervotos',
        namePlaceholder: 'p. ej., Amina Diallo',
        add: 'Designar como persona decisora',
      },
      consent: {
        heading: 'Ha sido designado persona decisora',
        body: 'El facilitador le ha designado persona decisora para el supervoto, con el nombre «{{name}}» ({{initials}}). Sus supervotos mostrarán su nombre e iniciales a todas las personas de este tablero y en el informe.',
        anonymous:
          'Este tablero es anónimo, pero los supervotos no lo son: llevan el nombre indicado aquí. Sus notas y sus puntos de las demás rondas siguen siendo anónimos.',
        accept: 'Aceptar',
        decline: 'Rechazar',
        acceptedNotice: 'Usted es persona decisora: sus supervotos muestran su nombre e iniciales.',
        declinedNotice: 'Ha rechazado. El facilitador ve que usted no es persona decisora.',
      },
      self: {
        decider: 'Usted es persona decisora, con el nombre «{{name}}» ({{initials}}).',
        stepDown: 'Renunciar a ser persona decisora',
        codeExplain:
          'Para ser designado persona decisora en este tablero anónimo, facilite su código de persona decisora al facilitador. Hágalo solo si está de acuerdo: los supervotos llevan un nombre.',
        codeShow: 'Mostrar mi código de persona decisora',
        code: 'Su código de persona decisora:',
      },
      instruction: {
        participant: {
          vote: {
            heatmap_one:
              'Coloque su punto en la parte de una nota que le interese. Nadie verá los votos hasta que se muestren los resultados.',
            heatmap_many:
              'Coloque hasta {{count}} puntos pequeños en las partes de las notas que le interesen, varios en una misma nota si lo desea. Nadie verá los votos hasta que se muestren los resultados.',
            heatmap_other:
              'Coloque hasta {{count}} puntos pequeños en las partes de las notas que le interesen, varios en una misma nota si lo desea. Nadie verá los votos hasta que se muestren los resultados.',
            heatmapNoLimit:
              'Coloque tantos puntos pequeños como desee en las partes de las notas que le interesen. Nadie verá los votos hasta que se muestren los resultados.',
            'straw-poll':
              'Coloque su único punto en la opción que prefiera. Nadie verá los votos hasta que se muestren los resultados.',
            supervote:
              'Las personas decisoras están votando. Sus supervotos aparecen en el tablero, con sus nombres, a medida que los colocan.',
            supervoteDecider_one:
              'Usted es persona decisora: coloque su supervoto. Todos lo verán en cuanto lo coloque, con su nombre e iniciales.',
            supervoteDecider_many:
              'Usted es persona decisora: coloque sus {{count}} supervotos. Todos los verán en cuanto los coloque, con su nombre e iniciales.',
            supervoteDecider_other:
              'Usted es persona decisora: coloque sus {{count}} supervotos. Todos los verán en cuanto los coloque, con su nombre e iniciales.',
            agreement:
              'Valore cada opción: seleccione una nota en el tablero o utilice la lista de notas. Nadie verá las valoraciones hasta que se muestren los resultados.',
          },
          results: {
            heatmap: 'Ya se conocen los votos: el mapa de calor muestra dónde se concentraron los puntos.',
            'straw-poll': 'El sondeo indicativo ha concluido.',
            supervote: 'Ya se conocen las decisiones: consúltelas en «Resultados».',
            agreement: 'Ya se conocen las valoraciones: consulte su distribución en «Resultados».',
          },
        },
        facilitator: {
          vote: {
            heatmap: 'Votación en mapa de calor: secreta hasta los resultados; usted ve cuántas personas han votado.',
            'straw-poll':
              'Sondeo indicativo: un punto por persona, secreto hasta los resultados; usted ve cuántas personas han votado.',
            supervote:
              'Supervoto: solo votan las personas decisoras que han aceptado; usted ve cuántas personas han votado. Muestre los resultados cuando hayan terminado.',
            agreement: 'Escala de acuerdo: cada persona valora cada opción; usted ve cuántas personas han votado.',
          },
          results: {
            heatmap: 'Ya se conocen los votos: active el mapa de calor para ver dónde se concentraron los puntos.',
            'straw-poll': 'El sondeo indicativo ha concluido: todas las personas ven la clasificación.',
            supervote:
              'Ya se conocen las decisiones: todas las personas las ven, con los nombres de las personas decisoras.',
            agreement: 'Ya se conocen las valoraciones: todas las personas ven su distribución.',
          },
        },
        projector: {
          vote: {
            heatmap_one:
              'Vote en su dispositivo: un punto pequeño por persona. Nadie verá los votos hasta que se muestren los resultados.',
            heatmap_many:
              'Vote en su dispositivo: hasta {{count}} puntos pequeños por persona. Nadie verá los votos hasta que se muestren los resultados.',
            heatmap_other:
              'Vote en su dispositivo: hasta {{count}} puntos pequeños por persona. Nadie verá los votos hasta que se muestren los resultados.',
            heatmapNoLimit:
              'Vote en su dispositivo: tantos puntos pequeños como desee. Nadie verá los votos hasta que se muestren los resultados.',
            'straw-poll':
              'Sondeo indicativo en su dispositivo: un punto por persona. Nadie verá los votos hasta que se muestren los resultados.',
            supervote: 'Las personas decisoras están votando en sus dispositivos.',
            agreement:
              'Valore cada opción en su dispositivo. Nadie verá las valoraciones hasta que se muestren los resultados.',
          },
          results: {
            heatmap: 'Ya se conocen los votos: el mapa de calor muestra dónde se concentraron los puntos.',
            'straw-poll': 'El sondeo indicativo ha concluido.',
            supervote: 'Ya se conocen las decisiones.',
            agreement: 'Ya se conocen las valoraciones.',
          },
        },
      },
      budget: {
        noLimit_one: '{{count}} punto colocado · sin límite',
        noLimit_many: '{{count}} puntos colocados · sin límite',
        noLimit_other: '{{count}} puntos colocados · sin límite',
        rated_one: 'Ha valorado {{count}} opción',
        rated_many: 'Ha valorado {{count}} opciones',
        rated_other: 'Ha valorado {{count}} opciones',
        supervotes: 'Supervotos restantes: {{left}} de {{total}}',
      },
      phone: {
        rate: 'Valorar',
        rateHint: 'Toque una nota para valorarla, o abra la lista de notas.',
      },
      rate: {
        group: 'Su valoración de «{{text}}»',
        groupCluster: 'Su valoración del grupo «{{name}}»',
        names: {
          'strongly-disagree': 'Totalmente en desacuerdo',
          disagree: 'En desacuerdo',
          neutral: 'Neutral',
          agree: 'De acuerdo',
          'strongly-agree': 'Totalmente de acuerdo',
          unsure: 'No está claro / se necesita más información',
        },
        listStatus_one: 'Valore cada opción con los botones que figuran debajo. Ha valorado {{count}} opción.',
        listStatus_many: 'Valore cada opción con los botones que figuran debajo. Ha valorado {{count}} opciones.',
        listStatus_other: 'Valore cada opción con los botones que figuran debajo. Ha valorado {{count}} opciones.',
      },
      spread: {
        dots_one: '{{count}} punto',
        dots_many: '{{count}} puntos',
        dots_other: '{{count}} puntos',
        people_one: '{{count}} persona',
        people_many: '{{count}} personas',
        people_other: '{{count}} personas',
        both: '{{dots}} de {{people}}',
        from_one: 'De {{count}} persona',
        from_many: 'De {{count}} personas',
        from_other: 'De {{count}} personas',
      },
      results: {
        roundOption: '{{round}}: {{dots}}',
        decisions: 'Decisiones',
        decisionsNamed:
          'Los supervotos llevan por diseño el nombre de sus personas decisoras; cada una lo aceptó antes de votar.',
        decider: '{{name}} ({{initials}})',
        formerDecider: 'Una antigua persona decisora',
        noDecisions: 'Ninguna persona decisora ha votado.',
        heatmapHint: 'Una votación en mapa de calor se lee en el mapa de calor: no da lugar a una clasificación.',
        showHeatmap: 'Mostrar el mapa de calor',
        agreementHeading: 'Valoraciones, de mayor a menor acuerdo',
        legend: 'Colores de las valoraciones',
        noRatings: 'Todavía no hay valoraciones.',
        ratingCount: '{{rating}}: {{count}}',
        separator: ', ',
        ratings_one: '{{count}} valoración',
        ratings_many: '{{count}} valoraciones',
        ratings_other: '{{count}} valoraciones',
        withheld_one:
          'En un tablero anónimo, las valoraciones no se desglosan para una opción valorada por menos de {{count}} persona.',
        withheld_many:
          'En un tablero anónimo, las valoraciones no se desglosan para una opción valorada por menos de {{count}} personas.',
        withheld_other:
          'En un tablero anónimo, las valoraciones no se desglosan para una opción valorada por menos de {{count}} personas.',
      },
      /** The People panel marks deciders. */
      people: {
        decider: 'persona decisora',
        waiting: 'designada persona decisora, aún sin respuesta',
      },
      projector: {
        mostDots: 'Más puntos',
      },
    },
  },
  ru: {
    ballots: {
      kinds: {
        heading: 'Тип раунда',
        name: {
          dots: 'Голосование точками',
          heatmap: 'Голосование тепловой картой',
          'straw-poll': 'Пробное голосование',
          supervote: 'Суперголосование',
          agreement: 'Шкала согласия',
        },
        explain: {
          dots: 'Каждый участник ставит заданное число точек на заметки, которые поддерживает; заметки ранжируются по числу точек.',
          heatmap:
            'Каждый участник ставит маленькие точки на те части заметок и эскизов, которые ему интересны, при желании несколько на одну заметку; результатом является тепловая карта, а не рейтинг.',
          'straw-poll':
            'Одна большая точка на человека, тайно до объявления результатов: быстрый способ узнать позицию зала.',
          supervote:
            'Голосуют только назначенные вами лица, принимающие решения, и на каждом суперголосе указаны их имя и инициалы; их решения показываются отдельно в результатах и первыми в отчёте.',
          agreement:
            'Каждый участник оценивает каждый вариант — от «категорически не согласен» до «полностью согласен» — или указывает, что ему нужна дополнительная информация; в результатах видно распределение оценок.',
        },
      },
      rules: {
        supervotes: 'Суперголосов на лицо, принимающее решения',
        noLimit: 'Без ограничения',
        noLimitHint: 'Каждый участник ставит столько точек, сколько пожелает (не более {{max}}).',
        heatmapStacks:
          'На одну заметку можно поставить несколько точек: так тепловая карта показывает, где сосредоточен интерес.',
        strawPoll: 'Одна точка на человека.',
        rated: 'Что оценивается',
        summary: {
          heatmap_one: 'Голосование тепловой картой · по {{count}} точке на человека · {{where}}',
          heatmap_few: 'Голосование тепловой картой · по {{count}} точки на человека · {{where}}',
          heatmap_many: 'Голосование тепловой картой · по {{count}} точек на человека · {{where}}',
          heatmap_other: 'Голосование тепловой картой · по {{count}} точки на человека · {{where}}',
          heatmapNoLimit: 'Голосование тепловой картой · без ограничения · {{where}}',
          'straw-poll': 'Пробное голосование · одна точка на человека · {{where}}',
          supervote_one: 'Суперголосование · {{count}} суперголос на лицо, принимающее решения · {{where}}',
          supervote_few: 'Суперголосование · {{count}} суперголоса на лицо, принимающее решения · {{where}}',
          supervote_many: 'Суперголосование · {{count}} суперголосов на лицо, принимающее решения · {{where}}',
          supervote_other: 'Суперголосование · {{count}} суперголоса на лицо, принимающее решения · {{where}}',
          agreement: 'Шкала согласия · {{where}}',
        },
      },
      deciders: {
        heading: 'Лица, принимающие решения',
        hint: 'Лица, принимающие решения, голосуют под именем, которое вы им дадите. Каждое из них должно дать согласие на своём экране, прежде чем голосовать.',
        none: 'Лица, принимающие решения, пока не назначены.',
        nobody: 'К доске пока никто больше не присоединился.',
        entry: '{{name}} ({{initials}}): {{status}}',
        accepted: 'согласие получено',
        waiting: 'ожидается ответ',
        remove: 'Исключить',
        removeNamed: 'Исключить {{name}} из числа лиц, принимающих решения',
        person: 'Участник',
        yourself: 'Вы',
        byCode: 'Другой участник, по его коду',
        code: 'Код участника',
        codeHint:
          'Эта доска анонимна, поэтому ничья личность не отображается. Попросите участника открыть раздел «Участники» и прочитать вам указанный там код.',
        codeInvalid:
          'Это не код участника: код состоит из 22 букв, цифр, знаков «-» или «_». Уточните его у участника.',
        name: 'Имя на его суперголосах',
        namePlaceholder: 'например, Амина Диалло',
        add: 'Назначить лицом, принимающим решения',
      },
      consent: {
        heading: 'Вас назначили лицом, принимающим решения',
        body: 'Ведущий назначил вас лицом, принимающим решения, для суперголосования под именем «{{name}}» ({{initials}}). Ваши суперголоса будут показывать ваше имя и инициалы всем на этой доске и в отчёте.',
        anonymous:
          'Эта доска анонимна, но суперголоса — нет: они подписаны указанным здесь именем. Ваши заметки и точки в других раундах остаются анонимными.',
        accept: 'Согласиться',
        decline: 'Отказаться',
        acceptedNotice: 'Вы — лицо, принимающее решения: ваши суперголоса показывают ваше имя и инициалы.',
        declinedNotice: 'Вы отказались. Ведущий видит, что вы не являетесь лицом, принимающим решения.',
      },
      self: {
        decider: 'Вы — лицо, принимающее решения, под именем «{{name}}» ({{initials}}).',
        stepDown: 'Отказаться от роли лица, принимающего решения',
        codeExplain:
          'Чтобы вас назначили лицом, принимающим решения, на этой анонимной доске, сообщите ведущему свой код. Делайте это, только если вы согласны: суперголоса подписаны именем.',
        codeShow: 'Показать мой код',
        code: 'Ваш код:',
      },
      instruction: {
        participant: {
          vote: {
            heatmap_one:
              'Поставьте до {{count}} маленькой точки на те части заметок, которые вам интересны, при желании несколько на одну. До объявления результатов голоса никто не видит.',
            heatmap_few:
              'Поставьте до {{count}} маленьких точек на те части заметок, которые вам интересны, при желании несколько на одну. До объявления результатов голоса никто не видит.',
            heatmap_many:
              'Поставьте до {{count}} маленьких точек на те части заметок, которые вам интересны, при желании несколько на одну. До объявления результатов голоса никто не видит.',
            heatmap_other:
              'Поставьте до {{count}} маленькой точки на те части заметок, которые вам интересны, при желании несколько на одну. До объявления результатов голоса никто не видит.',
            heatmapNoLimit:
              'Ставьте сколько угодно маленьких точек на те части заметок, которые вам интересны. До объявления результатов голоса никто не видит.',
            'straw-poll':
              'Поставьте свою единственную точку на вариант, который вы предпочитаете. До объявления результатов голоса никто не видит.',
            supervote:
              'Голосуют лица, принимающие решения. Их суперголоса появляются на доске вместе с их именами по мере того, как они их ставят.',
            supervoteDecider_one:
              'Вы — лицо, принимающее решения: поставьте {{count}} суперголос. Все сразу увидят его вместе с вашим именем и инициалами.',
            supervoteDecider_few:
              'Вы — лицо, принимающее решения: поставьте {{count}} суперголоса. Все сразу увидят их вместе с вашим именем и инициалами.',
            supervoteDecider_many:
              'Вы — лицо, принимающее решения: поставьте {{count}} суперголосов. Все сразу увидят их вместе с вашим именем и инициалами.',
            supervoteDecider_other:
              'Вы — лицо, принимающее решения: поставьте {{count}} суперголоса. Все сразу увидят их вместе с вашим именем и инициалами.',
            agreement:
              'Оцените каждый вариант: выберите заметку на доске или воспользуйтесь списком заметок. До объявления результатов оценки никто не видит.',
          },
          results: {
            heatmap: 'Голоса подсчитаны: тепловая карта показывает, где сосредоточились точки.',
            'straw-poll': 'Пробное голосование завершено.',
            supervote: 'Решения приняты: их можно посмотреть в разделе «Результаты».',
            agreement: 'Оценки получены: их распределение можно посмотреть в разделе «Результаты».',
          },
        },
        facilitator: {
          vote: {
            heatmap:
              'Голосование тепловой картой: тайное до объявления результатов; вы видите, сколько человек проголосовало.',
            'straw-poll':
              'Пробное голосование: одна точка на человека, тайно до объявления результатов; вы видите, сколько человек проголосовало.',
            supervote:
              'Суперголосование: голосуют только лица, принимающие решения, давшие согласие; вы видите, сколько человек проголосовало. Когда они закончат, покажите результаты.',
            agreement: 'Шкала согласия: каждый оценивает каждый вариант; вы видите, сколько человек проголосовало.',
          },
          results: {
            heatmap: 'Голоса подсчитаны: включите тепловую карту, чтобы увидеть, где сосредоточились точки.',
            'straw-poll': 'Пробное голосование завершено: все видят рейтинг.',
            supervote: 'Решения приняты: все видят их вместе с именами лиц, принимающих решения.',
            agreement: 'Оценки получены: все видят их распределение.',
          },
        },
        projector: {
          vote: {
            heatmap_one:
              'Голосуйте на своём устройстве: до {{count}} маленькой точки на человека. До объявления результатов голоса никто не видит.',
            heatmap_few:
              'Голосуйте на своём устройстве: до {{count}} маленьких точек на человека. До объявления результатов голоса никто не видит.',
            heatmap_many:
              'Голосуйте на своём устройстве: до {{count}} маленьких точек на человека. До объявления результатов голоса никто не видит.',
            heatmap_other:
              'Голосуйте на своём устройстве: до {{count}} маленькой точки на человека. До объявления результатов голоса никто не видит.',
            heatmapNoLimit:
              'Голосуйте на своём устройстве: сколько угодно маленьких точек. До объявления результатов голоса никто не видит.',
            'straw-poll':
              'Пробное голосование на вашем устройстве: одна точка на человека. До объявления результатов голоса никто не видит.',
            supervote: 'Лица, принимающие решения, голосуют на своих устройствах.',
            agreement: 'Оцените каждый вариант на своём устройстве. До объявления результатов оценки никто не видит.',
          },
          results: {
            heatmap: 'Голоса подсчитаны: тепловая карта показывает, где сосредоточились точки.',
            'straw-poll': 'Пробное голосование завершено.',
            supervote: 'Решения приняты.',
            agreement: 'Оценки получены.',
          },
        },
      },
      budget: {
        noLimit_one: 'Поставлена {{count}} точка · без ограничения',
        noLimit_few: 'Поставлено {{count}} точки · без ограничения',
        noLimit_many: 'Поставлено {{count}} точек · без ограничения',
        noLimit_other: 'Поставлено {{count}} точки · без ограничения',
        rated_one: 'Вы оценили {{count}} вариант',
        rated_few: 'Вы оценили {{count}} варианта',
        rated_many: 'Вы оценили {{count}} вариантов',
        rated_other: 'Вы оценили {{count}} варианта',
        supervotes: 'Осталось суперголосов: {{left}} из {{total}}',
      },
      phone: {
        rate: 'Оценить',
        rateHint: 'Коснитесь заметки, чтобы оценить её, или откройте список заметок.',
      },
      rate: {
        group: 'Ваша оценка: «{{text}}»',
        groupCluster: 'Ваша оценка кластера «{{name}}»',
        names: {
          'strongly-disagree': 'Категорически не согласен',
          disagree: 'Не согласен',
          neutral: 'Нейтрально',
          agree: 'Согласен',
          'strongly-agree': 'Полностью согласен',
          unsure: 'Неясно / нужна дополнительная информация',
        },
        listStatus_one: 'Оцените каждый вариант с помощью кнопок под ним. Вы оценили {{count}} вариант.',
        listStatus_few: 'Оцените каждый вариант с помощью кнопок под ним. Вы оценили {{count}} варианта.',
        listStatus_many: 'Оцените каждый вариант с помощью кнопок под ним. Вы оценили {{count}} вариантов.',
        listStatus_other: 'Оцените каждый вариант с помощью кнопок под ним. Вы оценили {{count}} варианта.',
      },
      spread: {
        dots_one: '{{count}} точка',
        dots_few: '{{count}} точки',
        dots_many: '{{count}} точек',
        dots_other: '{{count}} точки',
        people_one: '{{count}} человека',
        people_few: '{{count}} человек',
        people_many: '{{count}} человек',
        people_other: '{{count}} человека',
        both: '{{dots}} от {{people}}',
        from_one: 'От {{count}} человека',
        from_few: 'От {{count}} человек',
        from_many: 'От {{count}} человек',
        from_other: 'От {{count}} человека',
      },
      results: {
        roundOption: '{{round}}: {{dots}}',
        decisions: 'Решения',
        decisionsNamed:
          'Суперголоса по определению подписаны именами лиц, принимающих решения; каждое из них дало на это согласие до голосования.',
        decider: '{{name}} ({{initials}})',
        formerDecider: 'Бывшее лицо, принимающее решения',
        noDecisions: 'Никто из лиц, принимающих решения, не проголосовал.',
        heatmapHint: 'Результат голосования тепловой картой читается по тепловой карте: рейтинг не составляется.',
        showHeatmap: 'Показать тепловую карту',
        agreementHeading: 'Оценки, начиная с наибольшего согласия',
        legend: 'Цвета оценок',
        noRatings: 'Оценок пока нет.',
        ratingCount: '{{rating}}: {{count}}',
        separator: ', ',
        ratings_one: '{{count}} оценка',
        ratings_few: '{{count}} оценки',
        ratings_many: '{{count}} оценок',
        ratings_other: '{{count}} оценки',
        withheld_one:
          'На анонимной доске оценки не детализируются для варианта, который оценили менее {{count}} человека.',
        withheld_few:
          'На анонимной доске оценки не детализируются для варианта, который оценили менее {{count}} человек.',
        withheld_many:
          'На анонимной доске оценки не детализируются для варианта, который оценили менее {{count}} человек.',
        withheld_other:
          'На анонимной доске оценки не детализируются для варианта, который оценили менее {{count}} человека.',
      },
      /** The People panel marks deciders. */
      people: {
        decider: 'лицо, принимающее решения',
        waiting: 'назначено лицом, принимающим решения, ответа пока нет',
      },
      projector: {
        mostDots: 'Больше всего точек',
      },
    },
  },
  zh: {
    ballots: {
      kinds: {
        heading: '轮次类型',
        name: {
          dots: '圆点投票',
          heatmap: '热力图投票',
          'straw-poll': '意向投票',
          supervote: '超级投票',
          agreement: '赞同度量表',
        },
        explain: {
          dots: '每人将一定数量的圆点放在自己支持的便签上；便签按圆点数排名。',
          heatmap:
            '每人将小圆点放在自己感兴趣的便签和草图的局部，如有需要可在同一便签上放置多个；结果以热力图呈现，不作排名。',
          'straw-poll': '每人一个大圆点，结果公布前保密：快速了解与会者的倾向。',
          supervote:
            '只有您指定的决策者才能投票，每张超级投票均显示其姓名和姓名缩写；其决定在结果中单独列出，并在报告中列于首位。',
          agreement:
            '每人对每个选项作出评价，从“强烈反对”到“强烈赞同”，或表示需要更多信息；结果显示各项评价的分布情况。',
        },
      },
      rules: {
        supervotes: '每位决策者的超级投票数',
        noLimit: '不设上限',
        noLimitHint: '每人可放置任意数量的圆点（最多 {{max}} 个）。',
        heatmapStacks: '同一便签上可放置多个圆点：热力图正是借此显示关注的焦点。',
        strawPoll: '每人一个圆点。',
        rated: '评价对象',
        summary: {
          heatmap_other: '热力图投票 · 每人 {{count}} 个圆点 · {{where}}',
          heatmapNoLimit: '热力图投票 · 不设上限 · {{where}}',
          'straw-poll': '意向投票 · 每人一个圆点 · {{where}}',
          supervote_other: '超级投票 · 每位决策者 {{count}} 票 · {{where}}',
          agreement: '赞同度量表 · {{where}}',
        },
      },
      deciders: {
        heading: '决策者',
        hint: '决策者以您为其指定的姓名投票。每位决策者须先在自己的屏幕上表示接受，方可投票。',
        none: '尚未指定决策者。',
        nobody: '目前尚无其他人加入白板。',
        entry: '{{name}}（{{initials}}）：{{status}}',
        accepted: '已接受',
        waiting: '等待其答复',
        remove: '移除',
        removeNamed: '将 {{name}} 从决策者中移除',
        person: '人员',
        yourself: '您本人',
        byCode: '其他人（使用其决策者代码）',
        code: '其决策者代码',
        codeHint: '本白板为匿名白板，不显示任何人的身份。请对方打开“人员”，并向您读出其中显示的决策者代码。',
        codeInvalid: '这不是有效的决策者代码：代码由 22 个字母、数字、“-”或“_”组成。请与对方核对。',
        name: '其超级投票上显示的姓名',
        namePlaceholder: '例如：Amina Diallo',
        add: '指定为决策者',
      },
      consent: {
        heading: '您已被指定为决策者',
        body: '主持人已指定您为本次超级投票的决策者，姓名为“{{name}}”（{{initials}}）。您的超级投票将向本白板上的所有人并在报告中显示您的姓名和姓名缩写。',
        anonymous:
          '本白板为匿名白板，但超级投票并非匿名：超级投票将署上此处给出的姓名。您的便签以及您在其他轮次中放置的圆点仍保持匿名。',
        accept: '接受',
        decline: '拒绝',
        acceptedNotice: '您已成为决策者：您的超级投票会显示您的姓名和姓名缩写。',
        declinedNotice: '您已拒绝。主持人会看到您不是决策者。',
      },
      self: {
        decider: '您是决策者，姓名为“{{name}}”（{{initials}}）。',
        stepDown: '辞去决策者身份',
        codeExplain:
          '如需在本匿名白板上被指定为决策者，请将您的决策者代码告知主持人。请仅在您同意的情况下这样做：超级投票会署名。',
        codeShow: '显示我的决策者代码',
        code: '您的决策者代码：',
      },
      instruction: {
        participant: {
          vote: {
            heatmap_other:
              '请将最多 {{count}} 个小圆点放在您感兴趣的便签局部，如有需要可在同一便签上放置多个。结果公布之前，任何人都看不到投票。',
            heatmapNoLimit: '请将任意数量的小圆点放在您感兴趣的便签局部。结果公布之前，任何人都看不到投票。',
            'straw-poll': '请将您唯一的圆点放在您倾向的选项上。结果公布之前，任何人都看不到投票。',
            supervote: '决策者正在投票。其超级投票一经投出即连同姓名显示在白板上。',
            supervoteDecider_other:
              '您是决策者：请投出您的 {{count}} 张超级投票。投出后所有人都会立即看到，并附有您的姓名和姓名缩写。',
            agreement: '请评价每个选项：在白板上选择一条便签，或使用便签列表。结果公布之前，任何人都看不到评价。',
          },
          results: {
            heatmap: '投票已结束：热力图显示圆点集中之处。',
            'straw-poll': '意向投票已结束。',
            supervote: '决定已经作出：请在“结果”中查看。',
            agreement: '评价已经完成：请在“结果”中查看其分布。',
          },
        },
        facilitator: {
          vote: {
            heatmap: '热力图投票：结果公布前保密；您可以看到已投票的人数。',
            'straw-poll': '意向投票：每人一个圆点，结果公布前保密；您可以看到已投票的人数。',
            supervote: '超级投票：只有已接受的决策者才能投票；您可以看到已投票的人数。投票完毕后，请显示结果。',
            agreement: '赞同度量表：每人评价每个选项；您可以看到已投票的人数。',
          },
          results: {
            heatmap: '投票已结束：请打开热力图，查看圆点集中之处。',
            'straw-poll': '意向投票已结束：所有人都能看到排名。',
            supervote: '决定已经作出：所有人都能看到，并附有决策者姓名。',
            agreement: '评价已经完成：所有人都能看到其分布。',
          },
        },
        projector: {
          vote: {
            heatmap_other: '请在您的设备上投票：每人最多 {{count}} 个小圆点。结果公布之前，任何人都看不到投票。',
            heatmapNoLimit: '请在您的设备上投票：小圆点数量不限。结果公布之前，任何人都看不到投票。',
            'straw-poll': '请在您的设备上参加意向投票：每人一个圆点。结果公布之前，任何人都看不到投票。',
            supervote: '决策者正在各自的设备上投票。',
            agreement: '请在您的设备上评价每个选项。结果公布之前，任何人都看不到评价。',
          },
          results: {
            heatmap: '投票已结束：热力图显示圆点集中之处。',
            'straw-poll': '意向投票已结束。',
            supervote: '决定已经作出。',
            agreement: '评价已经完成。',
          },
        },
      },
      budget: {
        noLimit_other: '已放置 {{count}} 个圆点 · 不设上限',
        rated_other: '您已评价 {{count}} 个选项',
        supervotes: '共 {{total}} 张超级投票，剩余 {{left}} 张',
      },
      phone: {
        rate: '评价',
        rateHint: '轻触一条便签进行评价，或打开便签列表。',
      },
      rate: {
        group: '您对“{{text}}”的评价',
        groupCluster: '您对分组“{{name}}”的评价',
        names: {
          'strongly-disagree': '强烈反对',
          disagree: '反对',
          neutral: '中立',
          agree: '赞同',
          'strongly-agree': '强烈赞同',
          unsure: '不确定／需要更多信息',
        },
        listStatus_other: '请使用每个选项下方的按钮进行评价。您已评价 {{count}} 个选项。',
      },
      spread: {
        dots_other: '{{count}} 个圆点',
        people_other: '{{count}} 人',
        both: '{{dots}}，来自 {{people}}',
        from_other: '来自 {{count}} 人',
      },
      results: {
        roundOption: '{{round}}：{{dots}}',
        decisions: '决定',
        decisionsNamed: '超级投票按设计署有决策者的姓名；每位决策者在投票前均已接受。',
        decider: '{{name}}（{{initials}}）',
        formerDecider: '一位前决策者',
        noDecisions: '尚无决策者投票。',
        heatmapHint: '热力图投票的结果以热力图呈现，不作排名。',
        showHeatmap: '显示热力图',
        agreementHeading: '评价（按赞同程度从高到低）',
        legend: '各项评价的颜色',
        noRatings: '尚无评价。',
        ratingCount: '{{rating}}：{{count}}',
        separator: '，',
        ratings_other: '{{count}} 项评价',
        withheld_other: '在匿名白板上，评价人数少于 {{count}} 人的选项，其评价不予细分。',
      },
      /** The People panel marks deciders. */
      people: {
        decider: '决策者',
        waiting: '已被指定为决策者，尚未答复',
      },
      projector: {
        mostDots: '圆点最多',
      },
    },
  },
  ar: {
    ballots: {
      kinds: {
        heading: 'نوع الجولة',
        name: {
          dots: 'التصويت بالنقاط',
          heatmap: 'التصويت بالخريطة الحرارية',
          'straw-poll': 'استطلاع أولي',
          supervote: 'التصويت الحاسم',
          agreement: 'مقياس الموافقة',
        },
        explain: {
          dots: 'يضع كل شخص عددًا محددًا من النقاط على الملاحظات التي يؤيدها، وتُرتَّب الملاحظات بحسب عدد نقاطها.',
          heatmap:
            'يضع كل شخص نقاطًا صغيرة على أجزاء الملاحظات والرسوم التي تهمه، وله أن يضع عدة نقاط على ملاحظة واحدة؛ والنتيجة هي الخريطة الحرارية، لا ترتيب.',
          'straw-poll': 'نقطة كبيرة واحدة لكل شخص، سرية حتى إعلان النتائج: قراءة سريعة لتوجّه القاعة.',
          supervote:
            'لا يصوّت إلا صانعو القرار الذين تسمّيهم، ويحمل كل صوت حاسم اسم صاحبه والأحرف الأولى من اسمه؛ وتُعرض قراراتهم منفصلة في النتائج وفي صدارة التقرير.',
          agreement:
            'يقيّم كل شخص كل خيار، من «أعارض بشدة» إلى «أوافق بشدة»، أو يبيّن أنه يحتاج إلى مزيد من المعلومات؛ وتُظهر النتائج توزّع التقييمات.',
        },
      },
      rules: {
        supervotes: 'عدد الأصوات الحاسمة لكل صانع قرار',
        noLimit: 'بلا حد',
        noLimitHint: 'يضع كل شخص ما يشاء من النقاط (بحد أقصى {{max}}).',
        heatmapStacks: 'يجوز وضع عدة نقاط على ملاحظة واحدة: فبذلك تُظهر الخريطة الحرارية مواضع الاهتمام.',
        strawPoll: 'نقطة واحدة لكل شخص.',
        rated: 'الخيارات المطلوب تقييمها',
        summary: {
          heatmap_zero: 'التصويت بالخريطة الحرارية · لا نقاط · {{where}}',
          heatmap_one: 'التصويت بالخريطة الحرارية · نقطة واحدة لكل شخص · {{where}}',
          heatmap_two: 'التصويت بالخريطة الحرارية · نقطتان لكل شخص · {{where}}',
          heatmap_few: 'التصويت بالخريطة الحرارية · {{count}} نقاط لكل شخص · {{where}}',
          heatmap_many: 'التصويت بالخريطة الحرارية · {{count}} نقطة لكل شخص · {{where}}',
          heatmap_other: 'التصويت بالخريطة الحرارية · {{count}} نقطة لكل شخص · {{where}}',
          heatmapNoLimit: 'التصويت بالخريطة الحرارية · بلا حد · {{where}}',
          'straw-poll': 'استطلاع أولي · نقطة واحدة لكل شخص · {{where}}',
          supervote_zero: 'التصويت الحاسم · لا أصوات حاسمة · {{where}}',
          supervote_one: 'التصويت الحاسم · صوت حاسم واحد لكل صانع قرار · {{where}}',
          supervote_two: 'التصويت الحاسم · صوتان حاسمان لكل صانع قرار · {{where}}',
          supervote_few: 'التصويت الحاسم · {{count}} أصوات حاسمة لكل صانع قرار · {{where}}',
          supervote_many: 'التصويت الحاسم · {{count}} صوتًا حاسمًا لكل صانع قرار · {{where}}',
          supervote_other: 'التصويت الحاسم · {{count}} صوت حاسم لكل صانع قرار · {{where}}',
          agreement: 'مقياس الموافقة · {{where}}',
        },
      },
      deciders: {
        heading: 'صانعو القرار',
        hint: 'يصوّت صانعو القرار بالاسم الذي تعطيه لهم. ويجب أن يوافق كل منهم على شاشته قبل التصويت.',
        none: 'لم يُسمَّ أي صانع قرار بعد.',
        nobody: 'لم ينضم أي شخص آخر إلى اللوحة بعد.',
        entry: '{{name}} ({{initials}}): {{status}}',
        accepted: 'وافق',
        waiting: 'في انتظار رده',
        remove: 'إزالة',
        removeNamed: 'إزالة {{name}} من صانعي القرار',
        person: 'الشخص',
        yourself: 'أنت',
        byCode: 'شخص آخر، بواسطة رمز صانع القرار الخاص به',
        code: 'رمز صانع القرار الخاص به',
        codeHint:
          'هذه اللوحة مجهولة الهوية، فلا تظهر هوية أحد. اطلب من الشخص أن يفتح «الحاضرون» وأن يقرأ لك رمز صانع القرار الظاهر هناك.',
        codeInvalid: 'هذا ليس رمز صانع قرار: فهو يتألف من 22 حرفًا أو رقمًا أو «-» أو «_». تحقق منه مع الشخص.',
        name: 'الاسم الذي يظهر على أصواته الحاسمة',
        namePlaceholder: 'مثل: أمينة ديالو',
        add: 'تسمية صانع قرار',
      },
      consent: {
        heading: 'سُمّيت صانع قرار',
        body: 'سمّاك الميسّر صانع قرار في التصويت الحاسم، باسم «{{name}}» ({{initials}}). وستُظهر أصواتك الحاسمة اسمك والأحرف الأولى من اسمك لكل من على هذه اللوحة وفي التقرير.',
        anonymous:
          'هذه اللوحة مجهولة الهوية، لكن الأصوات الحاسمة ليست كذلك: فهي تحمل الاسم المذكور هنا. أما ملاحظاتك ونقاطك في الجولات الأخرى فتبقى مجهولة الهوية.',
        accept: 'موافقة',
        decline: 'رفض',
        acceptedNotice: 'أنت صانع قرار: تُظهر أصواتك الحاسمة اسمك والأحرف الأولى من اسمك.',
        declinedNotice: 'لقد رفضت. ويرى الميسّر أنك لست صانع قرار.',
      },
      self: {
        decider: 'أنت صانع قرار، باسم «{{name}}» ({{initials}}).',
        stepDown: 'التخلي عن دور صانع القرار',
        codeExplain:
          'لكي تُسمّى صانع قرار على هذه اللوحة مجهولة الهوية، أعطِ الميسّر رمز صانع القرار الخاص بك. ولا تفعل ذلك إلا إذا كنت موافقًا: فالأصوات الحاسمة تحمل اسمًا.',
        codeShow: 'إظهار رمز صانع القرار الخاص بي',
        code: 'رمز صانع القرار الخاص بك:',
      },
      instruction: {
        participant: {
          vote: {
            heatmap_zero: 'ليست لديك نقاط في هذا التصويت. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_one: 'ضع نقطتك على جزء الملاحظة الذي يهمك. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_two:
              'ضع نقطتين صغيرتين على أجزاء الملاحظات التي تهمك، ولك أن تضعهما على ملاحظة واحدة. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_few:
              'ضع ما يصل إلى {{count}} نقاط صغيرة على أجزاء الملاحظات التي تهمك، ولك أن تضع عدة نقاط على ملاحظة واحدة. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_many:
              'ضع ما يصل إلى {{count}} نقطة صغيرة على أجزاء الملاحظات التي تهمك، ولك أن تضع عدة نقاط على ملاحظة واحدة. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_other:
              'ضع ما يصل إلى {{count}} نقطة صغيرة على أجزاء الملاحظات التي تهمك، ولك أن تضع عدة نقاط على ملاحظة واحدة. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmapNoLimit:
              'ضع ما تشاء من النقاط الصغيرة على أجزاء الملاحظات التي تهمك. لن يرى أحد الأصوات حتى إعلان النتائج.',
            'straw-poll': 'ضع نقطتك الوحيدة على الخيار الذي تفضله. لن يرى أحد الأصوات حتى إعلان النتائج.',
            supervote: 'يصوّت صانعو القرار الآن. وتظهر أصواتهم الحاسمة على اللوحة، بأسمائهم، فور وضعها.',
            supervoteDecider_zero: 'أنت صانع قرار، لكن ليست لديك أصوات حاسمة في هذا التصويت.',
            supervoteDecider_one:
              'أنت صانع قرار: ضع صوتك الحاسم. وسيراه الجميع فور وضعه، مع اسمك والأحرف الأولى من اسمك.',
            supervoteDecider_two:
              'أنت صانع قرار: ضع صوتيك الحاسمين. وسيراهما الجميع فور وضعهما، مع اسمك والأحرف الأولى من اسمك.',
            supervoteDecider_few:
              'أنت صانع قرار: ضع أصواتك الحاسمة الـ{{count}}. وسيراها الجميع فور وضعها، مع اسمك والأحرف الأولى من اسمك.',
            supervoteDecider_many:
              'أنت صانع قرار: ضع أصواتك الحاسمة الـ{{count}}. وسيراها الجميع فور وضعها، مع اسمك والأحرف الأولى من اسمك.',
            supervoteDecider_other:
              'أنت صانع قرار: ضع أصواتك الحاسمة الـ{{count}}. وسيراها الجميع فور وضعها، مع اسمك والأحرف الأولى من اسمك.',
            agreement:
              'قيّم كل خيار: اختر ملاحظة على اللوحة، أو استخدم قائمة الملاحظات. لن يرى أحد التقييمات حتى إعلان النتائج.',
          },
          results: {
            heatmap: 'انتهى التصويت: تُظهر الخريطة الحرارية مواضع تجمّع النقاط.',
            'straw-poll': 'انتهى الاستطلاع الأولي.',
            supervote: 'صدرت القرارات: اطّلع عليها في «النتائج».',
            agreement: 'اكتملت التقييمات: اطّلع على توزّعها في «النتائج».',
          },
        },
        facilitator: {
          vote: {
            heatmap: 'التصويت بالخريطة الحرارية: سري حتى إعلان النتائج، وترى عدد من صوّتوا.',
            'straw-poll': 'استطلاع أولي: نقطة واحدة لكل شخص، سرية حتى إعلان النتائج، وترى عدد من صوّتوا.',
            supervote:
              'التصويت الحاسم: لا يصوّت إلا صانعو القرار الذين وافقوا، وترى عدد من صوّتوا. اعرض النتائج عندما ينتهون.',
            agreement: 'مقياس الموافقة: يقيّم كل شخص كل خيار، وترى عدد من صوّتوا.',
          },
          results: {
            heatmap: 'انتهى التصويت: شغّل الخريطة الحرارية لترى مواضع تجمّع النقاط.',
            'straw-poll': 'انتهى الاستطلاع الأولي: يرى الجميع الترتيب.',
            supervote: 'صدرت القرارات: يراها الجميع مع أسماء صانعي القرار.',
            agreement: 'اكتملت التقييمات: يرى الجميع توزّعها.',
          },
        },
        projector: {
          vote: {
            heatmap_zero: 'صوّتوا على أجهزتكم. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_one: 'صوّتوا على أجهزتكم: نقطة صغيرة واحدة لكل شخص. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_two: 'صوّتوا على أجهزتكم: نقطتان صغيرتان لكل شخص. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_few:
              'صوّتوا على أجهزتكم: ما يصل إلى {{count}} نقاط صغيرة لكل شخص. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_many:
              'صوّتوا على أجهزتكم: ما يصل إلى {{count}} نقطة صغيرة لكل شخص. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmap_other:
              'صوّتوا على أجهزتكم: ما يصل إلى {{count}} نقطة صغيرة لكل شخص. لن يرى أحد الأصوات حتى إعلان النتائج.',
            heatmapNoLimit: 'صوّتوا على أجهزتكم: ما تشاؤون من النقاط الصغيرة. لن يرى أحد الأصوات حتى إعلان النتائج.',
            'straw-poll': 'استطلاع أولي على أجهزتكم: نقطة واحدة لكل شخص. لن يرى أحد الأصوات حتى إعلان النتائج.',
            supervote: 'يصوّت صانعو القرار على أجهزتهم.',
            agreement: 'قيّموا كل خيار على أجهزتكم. لن يرى أحد التقييمات حتى إعلان النتائج.',
          },
          results: {
            heatmap: 'انتهى التصويت: تُظهر الخريطة الحرارية مواضع تجمّع النقاط.',
            'straw-poll': 'انتهى الاستطلاع الأولي.',
            supervote: 'صدرت القرارات.',
            agreement: 'اكتملت التقييمات.',
          },
        },
      },
      budget: {
        noLimit_zero: 'لم توضع أي نقطة · بلا حد',
        noLimit_one: 'وُضعت نقطة واحدة · بلا حد',
        noLimit_two: 'وُضعت نقطتان · بلا حد',
        noLimit_few: 'وُضعت {{count}} نقاط · بلا حد',
        noLimit_many: 'وُضعت {{count}} نقطة · بلا حد',
        noLimit_other: 'وُضعت {{count}} نقطة · بلا حد',
        rated_zero: 'لم تقيّم أي خيار',
        rated_one: 'قيّمت خيارًا واحدًا',
        rated_two: 'قيّمت خيارين',
        rated_few: 'قيّمت {{count}} خيارات',
        rated_many: 'قيّمت {{count}} خيارًا',
        rated_other: 'قيّمت {{count}} خيار',
        supervotes: 'الأصوات الحاسمة المتبقية: {{left}} من أصل {{total}}',
      },
      phone: {
        rate: 'تقييم',
        rateHint: 'المس ملاحظة لتقييمها، أو افتح قائمة الملاحظات.',
      },
      rate: {
        group: 'تقييمك لـ«{{text}}»',
        groupCluster: 'تقييمك للمجموعة «{{name}}»',
        names: {
          'strongly-disagree': 'أعارض بشدة',
          disagree: 'أعارض',
          neutral: 'محايد',
          agree: 'أوافق',
          'strongly-agree': 'أوافق بشدة',
          unsure: 'غير متأكد / أحتاج إلى مزيد من المعلومات',
        },
        listStatus_zero: 'قيّم كل خيار باستخدام الأزرار الموجودة أسفله. لم تقيّم أي خيار بعد.',
        listStatus_one: 'قيّم كل خيار باستخدام الأزرار الموجودة أسفله. قيّمت خيارًا واحدًا.',
        listStatus_two: 'قيّم كل خيار باستخدام الأزرار الموجودة أسفله. قيّمت خيارين.',
        listStatus_few: 'قيّم كل خيار باستخدام الأزرار الموجودة أسفله. قيّمت {{count}} خيارات.',
        listStatus_many: 'قيّم كل خيار باستخدام الأزرار الموجودة أسفله. قيّمت {{count}} خيارًا.',
        listStatus_other: 'قيّم كل خيار باستخدام الأزرار الموجودة أسفله. قيّمت {{count}} خيار.',
      },
      spread: {
        dots_zero: 'لا نقاط',
        dots_one: 'نقطة واحدة',
        dots_two: 'نقطتان',
        dots_few: '{{count}} نقاط',
        dots_many: '{{count}} نقطة',
        dots_other: '{{count}} نقطة',
        people_zero: '{{count}} شخص',
        people_one: 'شخص واحد',
        people_two: 'شخصين',
        people_few: '{{count}} أشخاص',
        people_many: '{{count}} شخصًا',
        people_other: '{{count}} شخص',
        both: '{{dots}} من {{people}}',
        from_zero: 'من {{count}} شخص',
        from_one: 'من شخص واحد',
        from_two: 'من شخصين',
        from_few: 'من {{count}} أشخاص',
        from_many: 'من {{count}} شخصًا',
        from_other: 'من {{count}} شخص',
      },
      results: {
        roundOption: '{{round}}: {{dots}}',
        decisions: 'القرارات',
        decisionsNamed: 'تحمل الأصوات الحاسمة أسماء صانعي القرار عن قصد، وقد وافق كل منهم على ذلك قبل التصويت.',
        decider: '{{name}} ({{initials}})',
        formerDecider: 'صانع قرار سابق',
        noDecisions: 'لم يصوّت أي صانع قرار.',
        heatmapHint: 'تُقرأ نتيجة التصويت بالخريطة الحرارية من الخريطة الحرارية: فلا ترتيب فيها.',
        showHeatmap: 'إظهار الخريطة الحرارية',
        agreementHeading: 'التقييمات، بدءًا بالأكثر موافقة',
        legend: 'ألوان التقييمات',
        noRatings: 'لا تقييمات بعد.',
        ratingCount: '{{rating}}: {{count}}',
        separator: '، ',
        ratings_zero: 'لا تقييمات',
        ratings_one: 'تقييم واحد',
        ratings_two: 'تقييمان',
        ratings_few: '{{count}} تقييمات',
        ratings_many: '{{count}} تقييمًا',
        ratings_other: '{{count}} تقييم',
        withheld_zero: 'في لوحة مجهولة الهوية، لا تُفصَّل تقييمات خيار قيّمه أقل من {{count}} شخص.',
        withheld_one: 'في لوحة مجهولة الهوية، لا تُفصَّل تقييمات خيار قيّمه أقل من شخص واحد.',
        withheld_two: 'في لوحة مجهولة الهوية، لا تُفصَّل تقييمات خيار قيّمه أقل من شخصين.',
        withheld_few: 'في لوحة مجهولة الهوية، لا تُفصَّل تقييمات خيار قيّمه أقل من {{count}} أشخاص.',
        withheld_many: 'في لوحة مجهولة الهوية، لا تُفصَّل تقييمات خيار قيّمه أقل من {{count}} شخصًا.',
        withheld_other: 'في لوحة مجهولة الهوية، لا تُفصَّل تقييمات خيار قيّمه أقل من {{count}} شخص.',
      },
      /** The People panel marks deciders. */
      people: {
        decider: 'صانع قرار',
        waiting: 'سُمّي صانع قرار، ولم يرد بعد',
      },
      projector: {
        mostDots: 'أكثر النقاط',
      },
    },
  },
};

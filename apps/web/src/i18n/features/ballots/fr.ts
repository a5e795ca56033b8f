import type { FeatureCatalog } from '../index';

/** Round types in French: the keys of `./en.ts` (which says what they cover), in French's plural forms. */
export const ballots: FeatureCatalog = {
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
          heatmap: 'Vote en carte de chaleur : secret jusqu’aux résultats ; vous voyez combien de personnes ont voté.',
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
          agreement: 'Évaluez chaque option sur votre appareil. Personne ne voit les évaluations avant les résultats.',
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
      heatmapHint: 'Un vote en carte de chaleur se lit sur la carte de chaleur : il ne donne pas lieu à un classement.',
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
};

import type { FeatureCatalog } from '../index';

/** Events in French: the keys of `./en.ts` (which says what they cover), in French's plural forms. */
export const events: FeatureCatalog = {
  events: {
    create: {
      heading: 'Créer un événement',
      intro:
        'Un événement donne à chaque équipe son propre tableau, une adresse courte et un code QR uniques où chacun choisit son équipe, et un rapport de synthèse pour la séance de clôture.',
      titleLabel: 'Titre de l’événement',
      titlePlaceholder: 'p. ex. Sprint stratégique en marge de la Commission pour la prévention du crime',
      teamsLabel: 'Équipes, une par ligne',
      teamsHint:
        'Chaque ligne devient un tableau d’équipe doté de son propre lien d’animation. D’autres équipes peuvent être ajoutées ultérieurement.',
      submit: 'Créer l’événement',
      noTeams: 'Veuillez indiquer au moins une équipe, une par ligne.',
      tooManyTeams_one: 'Un événement compte au plus {{count}} équipe.',
      tooManyTeams_many: 'Un événement compte au plus {{count}} d’équipes.',
      tooManyTeams_other: 'Un événement compte au plus {{count}} équipes.',
      failed: 'Impossible de créer l’événement\u00a0: {{message}}. Vérifiez votre connexion et réessayez.',
      refused: 'Impossible de créer l’événement. {{message}}',
      fromLanding: 'Plusieurs équipes\u00a0? Créer un événement',
    },
    organiser: {
      untitled: 'Événement sans titre',
      invalid: 'Cette adresse n’ouvre aucun événement. Vérifiez qu’elle a été copiée en entier.',
      loading: 'Chargement de l’événement…',
      noLink:
        'Cette page nécessite le lien d’organisation de l’événement, y compris tout ce qui suit le signe #. Veuillez rouvrir le lien qui vous a été communiqué.',
      refused: 'Impossible d’ouvrir cet événement\u00a0: {{message}}',
      retrying: 'Le serveur n’a pas répondu pour l’instant ({{message}}). Nouvelle tentative…',
      dropInHeading: 'Choisissez votre équipe',
      dropInHint:
        'Affichez ceci sur l’écran de l’espace d’accueil. Chacun scanne le code ou saisit l’adresse, choisit son équipe et rejoint son tableau en tant que participant.',
      qrLabel: 'Code QR pour choisir une équipe de cet événement\u00a0: {{url}}',
      shortUrl: 'Adresse courte pour choisir une équipe',
      showLounge: 'Afficher sur l’écran d’accueil',
      replaceDropIn: 'Remplacer le code',
      replaceDropInConfirm:
        'Remplacer le code d’accès ? Le code QR et l’adresse courte affichés jusqu’ici cessent aussitôt de fonctionner ; affichez les nouveaux à leur place. Les tableaux, leurs liens et les personnes qui s’y trouvent restent inchangés.',
      dropInReplaced:
        'Le code d’accès a été remplacé : l’ancien code QR et l’ancienne adresse n’ouvrent plus l’événement.',
      replaceFailed: 'Le code n’a pas pu être remplacé ({{message}}). Vérifiez la connexion et réessayez.',
      leaveLounge: 'Retour à la page de l’événement',
      teamsHeading: 'Équipes',
      online_one: '{{count}} personne sur le tableau',
      online_many: '{{count}} de personnes sur le tableau',
      online_other: '{{count}} personnes sur le tableau',
      phase: 'Phase\u00a0: {{phase}}',
      roundPhase: 'Tour {{round}}\u00a0: {{phase}}',
      statusUnknown: 'État indisponible pour l’instant',
      untitledTeam: 'Équipe sans nom',
      links: {
        facilitator: 'Lien d’animation',
        participant: 'Lien des participants',
        projector: 'Lien du projecteur',
      },
      copy: 'Copier',
      linkFields: {
        facilitator: 'Lien d’animation de l’équipe {{team}}',
        participant: 'Lien des participants de l’équipe {{team}}',
        projector: 'Lien du projecteur de l’équipe {{team}}',
      },
      copyLinks: {
        facilitator: 'Copier le lien d’animation de l’équipe {{team}}',
        participant: 'Copier le lien des participants de l’équipe {{team}}',
        projector: 'Copier le lien du projecteur de l’équipe {{team}}',
      },
      copyOrganiser: 'Copier votre lien d’organisation',
      copyShortUrl: 'Copier l’adresse courte',
      copied: 'Copié.',
      addHeading: 'Ajouter une équipe',
      addLabel: 'Nom de l’équipe',
      addSubmit: 'Ajouter l’équipe',
      added: 'Équipe «\u00a0{{team}}\u00a0» ajoutée.',
      addFailed: 'Impossible d’ajouter l’équipe\u00a0: {{message}}',
      reportHeading: 'Rapport de synthèse',
      reportHint:
        'Un fichier Markdown pour la séance de clôture\u00a0: pour chaque équipe, ses décisions, ses groupes et notes les mieux classés avec leurs gommettes et leurs votants, et le nombre de personnes ayant voté. Uniquement des nombres, aucun nom.',
      reportDownload: 'Télécharger le rapport de synthèse',
      reportFailed: 'Impossible de télécharger le rapport\u00a0: {{message}}',
      organiserHeading: 'Votre lien d’organisation',
      organiserHint:
        'Gardez-le confidentiel\u00a0: il ouvre cette page, le lien d’animation de chaque équipe et le rapport.',
    },
    dropIn: {
      heading: 'Choisissez votre équipe',
      intro: 'Choisissez votre équipe pour rejoindre son tableau. Aucun compte n’est nécessaire.',
      loading: 'Chargement des équipes…',
      notFound:
        'Ce code n’ouvre aucun événement. Vérifiez-le par rapport à celui affiché à l’écran\u00a0; il a peut-être été remplacé.',
      failed: 'Impossible de charger les équipes\u00a0: {{message}}. Vérifiez votre connexion et réessayez.',
      retry: 'Réessayer',
      noTeams: 'Cet événement ne compte encore aucune équipe. Adressez-vous à son organisateur.',
    },
  },
};

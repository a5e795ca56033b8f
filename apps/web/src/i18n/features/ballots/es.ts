import type { FeatureCatalog } from '../index';

/** Round types in Spanish: the keys of `./en.ts` (which says what they cover), in Spanish's plural forms. */
export const ballots: FeatureCatalog = {
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
};

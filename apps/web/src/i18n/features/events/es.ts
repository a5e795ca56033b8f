import type { FeatureCatalog } from '../index';

/** Events in Spanish: the keys of `./en.ts` (which says what they cover), in Spanish's plural forms. */
export const events: FeatureCatalog = {
  events: {
    create: {
      heading: 'Crear un evento',
      intro:
        'Un evento da a cada equipo su propio tablero, una única dirección corta y un código QR donde cada persona elige su equipo, y un informe consolidado para la sesión de clausura.',
      titleLabel: 'Título del evento',
      titlePlaceholder: 'p. ej., Sprint estratégico en la Comisión de Prevención del Delito',
      teamsLabel: 'Equipos, uno por línea',
      teamsHint:
        'Cada línea se convierte en un tablero de equipo con su propio enlace de facilitación. Podrá añadir más equipos más adelante.',
      submit: 'Crear el evento',
      noTeams: 'Indique al menos un equipo, uno por línea.',
      tooManyTeams_one: 'Un evento puede tener como máximo {{count}} equipo.',
      tooManyTeams_many: 'Un evento puede tener como máximo {{count}} de equipos.',
      tooManyTeams_other: 'Un evento puede tener como máximo {{count}} equipos.',
      failed: 'No se pudo crear el evento: {{message}}. Compruebe su conexión e inténtelo de nuevo.',
      refused: 'No se pudo crear el evento. {{message}}',
      fromLanding: '¿Varios equipos? Cree un evento',
    },
    organiser: {
      untitled: 'Evento sin título',
      invalid: 'Esta dirección no abre ningún evento. Compruebe que se haya copiado completa.',
      loading: 'Cargando el evento…',
      noLink:
        'Esta página necesita el enlace de organización del evento, incluido todo lo que sigue al signo #. Vuelva a abrir el enlace que recibió.',
      refused: 'No se puede abrir este evento: {{message}}',
      retrying: 'El servidor no ha respondido por ahora ({{message}}). Reintentando…',
      dropInHeading: 'Elija su equipo',
      dropInHint:
        'Muestre esto en la pantalla de la sala de descanso. Cada persona escanea el código o escribe la dirección, elige su equipo y se une a su tablero como participante.',
      qrLabel: 'Código QR para elegir un equipo de este evento: {{url}}',
      shortUrl: 'Dirección corta para elegir un equipo',
      showLounge: 'Mostrar en la pantalla de la sala de descanso',
      replaceDropIn: 'Reemplazar el código',
      replaceDropInConfirm:
        '¿Reemplazar el código de acceso? El código QR y la dirección corta mostrados hasta ahora dejan de funcionar de inmediato; muestre los nuevos en su lugar. Los tableros, sus enlaces y las personas que están en ellos no cambian.',
      dropInReplaced: 'Se reemplazó el código de acceso: el código QR y la dirección anteriores ya no abren el evento.',
      replaceFailed: 'No se pudo reemplazar el código ({{message}}). Compruebe la conexión e inténtelo de nuevo.',
      leaveLounge: 'Volver a la página del evento',
      teamsHeading: 'Equipos',
      online_one: '{{count}} persona en el tablero',
      online_many: '{{count}} de personas en el tablero',
      online_other: '{{count}} personas en el tablero',
      phase: 'Fase: {{phase}}',
      roundPhase: 'Ronda {{round}}: {{phase}}',
      statusUnknown: 'Estado no disponible por el momento',
      untitledTeam: 'Equipo sin nombre',
      links: {
        facilitator: 'Enlace de facilitación',
        participant: 'Enlace para participantes',
        projector: 'Enlace del proyector',
      },
      copy: 'Copiar',
      linkFields: {
        facilitator: 'Enlace de facilitación del equipo {{team}}',
        participant: 'Enlace para participantes del equipo {{team}}',
        projector: 'Enlace del proyector del equipo {{team}}',
      },
      copyLinks: {
        facilitator: 'Copiar el enlace de facilitación del equipo {{team}}',
        participant: 'Copiar el enlace para participantes del equipo {{team}}',
        projector: 'Copiar el enlace del proyector del equipo {{team}}',
      },
      copyOrganiser: 'Copiar su enlace de organización',
      copyShortUrl: 'Copiar la dirección corta',
      copied: 'Copiado.',
      addHeading: 'Añadir un equipo',
      addLabel: 'Nombre del equipo',
      addSubmit: 'Añadir el equipo',
      added: 'Equipo «{{team}}» añadido.',
      addFailed: 'No se pudo añadir el equipo: {{message}}',
      reportHeading: 'Informe consolidado',
      reportHint:
        'Un archivo Markdown para la sesión de clausura: de cada equipo, sus decisiones, sus grupos y notas mejor clasificados con sus puntos y votantes, y cuántas personas votaron. Solo cifras, sin nombres.',
      reportDownload: 'Descargar el informe consolidado',
      reportFailed: 'No se pudo descargar el informe: {{message}}',
      organiserHeading: 'Su enlace de organización',
      organiserHint: 'Manténgalo en privado: abre esta página, el enlace de facilitación de cada equipo y el informe.',
    },
    dropIn: {
      heading: 'Elija su equipo',
      intro: 'Elija su equipo para unirse a su tablero. No necesita crear una cuenta.',
      loading: 'Cargando los equipos…',
      notFound:
        'Este código no abre ningún evento. Compárelo con el que aparece en la pantalla; es posible que se haya sustituido.',
      failed: 'No se pudieron cargar los equipos: {{message}}. Compruebe su conexión e inténtelo de nuevo.',
      retry: 'Reintentar',
      noTeams: 'Este evento todavía no tiene equipos. Consulte con su organizador.',
    },
  },
};

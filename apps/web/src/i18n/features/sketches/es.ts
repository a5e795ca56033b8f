import type { FeatureCatalog } from '../index';

/** Sketches in Spanish: the keys of `./en.ts` (which says what they cover), in Spanish's plural forms. */
export const sketches: FeatureCatalog = {
  sketches: {
    add: 'Añadir boceto',
    addHint:
      'Añadir una imagen como boceto: la foto de un dibujo en papel o una captura de pantalla (PNG, JPEG o WebP). También puede pegar una imagen o soltar archivos en el tablero.',
    paste: 'Pegar una imagen como boceto',
    takePhoto: 'Hacer una foto',
    takePhotoHint: 'Fotografiar un dibujo en papel y añadirlo como boceto',
    choosePicture: 'Elegir imagen',
    describe: 'Editar descripción',
    describeHint: 'Describir el boceto seleccionado para quienes no pueden verlo',
    skipped_one: 'Un archivo no es una imagen y se ha omitido.',
    skipped_many: '{{count}} archivos no son imágenes y se han omitido.',
    skipped_other: '{{count}} archivos no son imágenes y se han omitido.',
    uploads: 'Imágenes que se están añadiendo',
    uploading: 'Añadiendo «{{name}}»…',
    progress: 'Enviando «{{name}}»',
    failed: 'No se pudo añadir «{{name}}»: {{reason}}',
    dismiss: 'Cerrar',
    problems: {
      'too-large':
        'el archivo supera los 10 MB. Guárdelo más pequeño (en JPEG, o con menos píxeles) y vuelva a añadirlo.',
      'unsupported-type':
        'solo se pueden añadir imágenes PNG, JPEG y WebP. Guárdela o expórtela como PNG o JPEG y vuelva a añadirla.',
      'not-an-image': 'el archivo no es una imagen. Añada una imagen PNG, JPEG o WebP.',
      'too-many-pixels':
        'la imagen es demasiado grande (más de 8192 píxeles por lado, o 40 megapíxeles). Redúzcala y vuelva a añadirla.',
      corrupt: 'la imagen está dañada o incompleta. Vuelva a exportarla, o añada una captura de pantalla de ella.',
      busy: 'se acaban de añadir demasiadas imágenes desde esta red. Espere unos minutos y vuelva a intentarlo.',
      'not-allowed':
        'este enlace no permite añadir imágenes. Pida a la persona facilitadora el enlace de participante.',
      network: 'se perdió la conexión. Compruébela y vuelva a intentarlo.',
      failed: 'el servidor no pudo guardarla. Vuelva a intentarlo en un momento.',
      'phase-closed':
        'la escritura está cerrada en esta fase. El aviso de la parte superior indica lo que puede hacer ahora.',
    },
    dialog: {
      heading: 'Describir este boceto',
      intro:
        'Quienes no pueden ver la imagen —con un lector de pantalla, o lejos de la pantalla— leen u oyen esta descripción en su lugar. Indique qué muestra y qué es importante en ella.',
      label: 'Descripción (texto alternativo)',
      placeholder: 'p. ej., Mapa dibujado a mano: tres grupos unidos por flechas a la secretaría',
      save: 'Guardar descripción',
      skip: 'Omitir por ahora',
      cancel: 'Cancelar',
    },
    list: {
      named: 'Boceto: {{description}}',
      unnamed: 'Boceto sin descripción',
      prompt: 'Añada una descripción para que todas las personas puedan seguir.',
      addDescription: 'Añadir descripción',
      editDescription: 'Editar descripción',
      addDescriptionNamed: 'Añadir una descripción a este boceto',
      editDescriptionNamed: 'Editar la descripción de «{{text}}»',
    },
  },
};

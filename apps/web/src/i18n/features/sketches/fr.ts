import type { FeatureCatalog } from '../index';

/** Sketches in French: the keys of `./en.ts` (which says what they cover), in French's plural forms. */
export const sketches: FeatureCatalog = {
  sketches: {
    add: 'Ajouter un croquis',
    addHint:
      'Ajouter une image comme croquis : la photo d’un dessin sur papier ou une capture d’écran (PNG, JPEG ou WebP). Vous pouvez aussi coller une image ou déposer des fichiers sur le tableau.',
    paste: 'Coller une image comme croquis',
    takePhoto: 'Prendre une photo',
    takePhotoHint: 'Photographier un dessin sur papier et l’ajouter comme croquis',
    choosePicture: 'Choisir une image',
    describe: 'Modifier la description',
    describeHint: 'Décrire le croquis sélectionné pour les personnes qui ne peuvent pas le voir',
    skipped_one: 'Un fichier n’est pas une image et a été écarté.',
    skipped_many: '{{count}} fichiers ne sont pas des images et ont été écartés.',
    skipped_other: '{{count}} fichiers ne sont pas des images et ont été écartés.',
    uploads: 'Images en cours d’ajout',
    uploading: 'Ajout de « {{name}} »…',
    progress: 'Envoi de « {{name}} »',
    failed: 'Impossible d’ajouter « {{name}} » : {{reason}}',
    dismiss: 'Fermer',
    problems: {
      'too-large':
        'le fichier dépasse 10 Mo. Enregistrez-le en plus petit (en JPEG, ou avec moins de pixels) et ajoutez-le de nouveau.',
      'unsupported-type':
        'seules les images PNG, JPEG et WebP peuvent être ajoutées. Enregistrez-la ou exportez-la en PNG ou en JPEG et ajoutez-la de nouveau.',
      'not-an-image': 'le fichier n’est pas une image. Ajoutez une image PNG, JPEG ou WebP.',
      'too-many-pixels':
        'l’image est trop grande (plus de 8 192 pixels de côté, ou 40 mégapixels). Réduisez-la et ajoutez-la de nouveau.',
      corrupt: 'l’image est endommagée ou incomplète. Exportez-la de nouveau, ou ajoutez-en une capture d’écran.',
      busy: 'trop d’images viennent d’être ajoutées depuis ce réseau. Patientez quelques minutes et réessayez.',
      'not-allowed': 'ce lien ne permet pas d’ajouter des images. Demandez le lien participant à l’animateur.',
      network: 'la connexion a été perdue. Vérifiez-la et réessayez.',
      failed: 'le serveur n’a pas pu l’enregistrer. Réessayez dans un instant.',
      'phase-closed':
        'l’écriture est fermée pendant cette phase. Le bandeau en haut indique ce que vous pouvez faire maintenant.',
    },
    dialog: {
      heading: 'Décrire ce croquis',
      intro:
        'Les personnes qui ne peuvent pas voir l’image — avec un lecteur d’écran, ou loin de l’écran — lisent ou entendent cette description à la place. Indiquez ce qu’elle montre et ce qui compte.',
      label: 'Description (texte alternatif)',
      placeholder: 'p. ex. Carte dessinée à la main : trois groupes reliés au secrétariat par des flèches',
      save: 'Enregistrer la description',
      skip: 'Passer pour l’instant',
      cancel: 'Annuler',
    },
    list: {
      named: 'Croquis : {{description}}',
      unnamed: 'Croquis sans description',
      prompt: 'Veuillez ajouter une description pour que chacun puisse suivre.',
      addDescription: 'Ajouter une description',
      editDescription: 'Modifier la description',
      addDescriptionNamed: 'Ajouter une description à ce croquis',
      editDescriptionNamed: 'Modifier la description de « {{text}} »',
    },
  },
};

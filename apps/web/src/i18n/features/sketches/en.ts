import type { FeatureCatalog } from '../index';

/**
 * Sketches (pictures added to the board as notes): adding them (toolbar, phone menu, paste, drop), their upload and
 * why one failed (one text per relay refusal code), the description (alt text) dialog, and how the notes list names
 * them. English is the source: every other language (`./<code>.ts`) has the same keys and its own plural forms.
 */
export const sketches: FeatureCatalog = {
  sketches: {
    add: 'Add sketch',
    addHint:
      'Add a picture as a sketch: a photo of a paper drawing, or a screenshot (PNG, JPEG or WebP). You can also paste a picture or drop files on the board.',
    paste: 'Paste a picture as a sketch',
    takePhoto: 'Take photo',
    takePhotoHint: 'Photograph a paper drawing and add it as a sketch',
    choosePicture: 'Choose picture',
    describe: 'Edit description',
    describeHint: 'Describe the selected sketch for people who cannot see it',
    skipped_one: 'One file is not a picture and was left out.',
    skipped_other: '{{count}} files are not pictures and were left out.',
    uploads: 'Pictures being added',
    uploading: 'Adding “{{name}}”…',
    progress: 'Sending “{{name}}”',
    failed: 'Could not add “{{name}}”: {{reason}}',
    dismiss: 'Dismiss',
    problems: {
      'too-large': 'the file is larger than 10 MB. Save it smaller (as JPEG, or with fewer pixels) and add it again.',
      'unsupported-type':
        'only PNG, JPEG and WebP pictures can be added. Save or export it as PNG or JPEG and add it again.',
      'not-an-image': 'the file is not a picture. Add a PNG, JPEG or WebP picture.',
      'too-many-pixels':
        'the picture is too large (more than 8,192 pixels on a side, or 40 megapixels). Scale it down and add it again.',
      corrupt: 'the picture is damaged or incomplete. Export it again, or add a screenshot of it.',
      busy: 'too many pictures were added from this network just now. Wait a few minutes and try again.',
      'not-allowed': 'this link cannot add pictures. Ask the facilitator for the participant link.',
      network: 'the connection was lost. Check it and try again.',
      failed: 'the server could not store it. Try again in a moment.',
      'phase-closed': 'writing is closed in this phase. The banner at the top says what you can do now.',
    },
    dialog: {
      heading: 'Describe this sketch',
      intro:
        'People who cannot see the picture — with a screen reader, or far from the screen — read or hear this description instead. Say what it shows and what matters in it.',
      label: 'Description (alt text)',
      placeholder: 'e.g. Hand-drawn map: three groups linked by arrows to the secretariat',
      save: 'Save description',
      skip: 'Skip for now',
      cancel: 'Cancel',
    },
    list: {
      named: 'Sketch: {{description}}',
      unnamed: 'Sketch without description',
      prompt: 'Please add a description so that everyone can follow.',
      addDescription: 'Add description',
      editDescription: 'Edit description',
      addDescriptionNamed: 'Add a description to this sketch',
      editDescriptionNamed: 'Edit the description of “{{text}}”',
    },
  },
};

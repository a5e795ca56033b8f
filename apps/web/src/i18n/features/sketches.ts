import type { FeatureCatalog } from './index';

/**
 * Sketches (pictures added to the board as notes): adding them (toolbar, phone menu, paste, drop), their upload and
 * why one failed (one text per relay refusal code), the description (alt text) dialog, and how the notes list names
 * them. English is the source; every language has the same keys and its own plural forms.
 */
export const sketches: FeatureCatalog = {
  en: {
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
  },
  fr: {
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
  },
  es: {
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
  },
  ru: {
    sketches: {
      add: 'Добавить набросок',
      addHint:
        'Добавить изображение как набросок: фотографию рисунка на бумаге или снимок экрана (PNG, JPEG или WebP). Изображение также можно вставить или перетащить файлы на доску.',
      paste: 'Вставить изображение как набросок',
      takePhoto: 'Сделать фото',
      takePhotoHint: 'Сфотографировать рисунок на бумаге и добавить его как набросок',
      choosePicture: 'Выбрать изображение',
      describe: 'Изменить описание',
      describeHint: 'Описать выбранный набросок для тех, кто не может его увидеть',
      skipped_one: '{{count}} файл не является изображением и не был добавлен.',
      skipped_few: '{{count}} файла не являются изображениями и не были добавлены.',
      skipped_many: '{{count}} файлов не являются изображениями и не были добавлены.',
      skipped_other: '{{count}} файла не являются изображениями и не были добавлены.',
      uploads: 'Добавляемые изображения',
      uploading: 'Добавление «{{name}}»…',
      progress: 'Отправка «{{name}}»',
      failed: 'Не удалось добавить «{{name}}»: {{reason}}',
      dismiss: 'Закрыть',
      problems: {
        'too-large':
          'файл больше 10 МБ. Сохраните его в меньшем размере (в JPEG или с меньшим числом пикселей) и добавьте снова.',
        'unsupported-type':
          'можно добавлять только изображения PNG, JPEG и WebP. Сохраните или экспортируйте его в PNG или JPEG и добавьте снова.',
        'not-an-image': 'файл не является изображением. Добавьте изображение PNG, JPEG или WebP.',
        'too-many-pixels':
          'изображение слишком большое (больше 8192 пикселей по стороне или 40 мегапикселей). Уменьшите его и добавьте снова.',
        corrupt: 'изображение повреждено или неполное. Экспортируйте его снова или добавьте его снимок экрана.',
        busy: 'из этой сети только что добавлено слишком много изображений. Подождите несколько минут и повторите попытку.',
        'not-allowed': 'по этой ссылке нельзя добавлять изображения. Попросите у ведущего ссылку для участников.',
        network: 'соединение прервалось. Проверьте его и повторите попытку.',
        failed: 'сервер не смог его сохранить. Повторите попытку чуть позже.',
        'phase-closed': 'на этом этапе писать нельзя. Что можно делать сейчас, указано на панели вверху экрана.',
      },
      dialog: {
        heading: 'Описание наброска',
        intro:
          'Те, кто не видит изображение, — с программой чтения с экрана или вдали от экрана — прочтут или услышат вместо него это описание. Укажите, что на нём изображено и что в нём важно.',
        label: 'Описание (замещающий текст)',
        placeholder: 'Например: карта от руки — три группы, соединённые стрелками с секретариатом',
        save: 'Сохранить описание',
        skip: 'Пропустить',
        cancel: 'Отмена',
      },
      list: {
        named: 'Набросок: {{description}}',
        unnamed: 'Набросок без описания',
        prompt: 'Пожалуйста, добавьте описание, чтобы всем было понятно.',
        addDescription: 'Добавить описание',
        editDescription: 'Изменить описание',
        addDescriptionNamed: 'Добавить описание к этому наброску',
        editDescriptionNamed: 'Изменить описание «{{text}}»',
      },
    },
  },
  zh: {
    sketches: {
      add: '添加草图',
      addHint:
        '将图片添加为草图：纸上绘图的照片或屏幕截图（PNG、JPEG 或 WebP）。也可以粘贴图片，或将文件拖放到白板上。',
      paste: '将图片粘贴为草图',
      takePhoto: '拍照',
      takePhotoHint: '拍摄纸上的绘图并将其添加为草图',
      choosePicture: '选择图片',
      describe: '编辑描述',
      describeHint: '为无法看到所选草图的人描述该草图',
      skipped_other: '有 {{count}} 个文件不是图片，已略过。',
      uploads: '正在添加的图片',
      uploading: '正在添加“{{name}}”…',
      progress: '正在发送“{{name}}”',
      failed: '无法添加“{{name}}”：{{reason}}',
      dismiss: '关闭',
      problems: {
        'too-large': '文件大于 10 MB。请将其另存为更小的文件（JPEG 格式或更少像素）后重新添加。',
        'unsupported-type': '只能添加 PNG、JPEG 和 WebP 图片。请将其保存或导出为 PNG 或 JPEG 后重新添加。',
        'not-an-image': '该文件不是图片。请添加 PNG、JPEG 或 WebP 图片。',
        'too-many-pixels': '图片过大（单边超过 8192 像素或超过 4000 万像素）。请缩小后重新添加。',
        corrupt: '图片已损坏或不完整。请重新导出，或添加其屏幕截图。',
        busy: '此网络刚刚添加了过多图片。请稍等几分钟后重试。',
        'not-allowed': '此链接无法添加图片。请向主持人索取参与者链接。',
        network: '连接已断开。请检查连接后重试。',
        failed: '服务器未能保存该图片。请稍后重试。',
        'phase-closed': '此阶段不可书写。请查看顶部横幅了解当前可进行的操作。',
      },
      dialog: {
        heading: '描述此草图',
        intro:
          '无法看到图片的人（使用屏幕阅读器或远离屏幕的人）会阅读或收听此描述。请说明图片展示了什么以及其中的要点。',
        label: '描述（替代文本）',
        placeholder: '例如：手绘地图，三个小组以箭头连接到秘书处',
        save: '保存描述',
        skip: '暂时跳过',
        cancel: '取消',
      },
      list: {
        named: '草图：{{description}}',
        unnamed: '无描述的草图',
        prompt: '请添加描述，以便所有人都能理解。',
        addDescription: '添加描述',
        editDescription: '编辑描述',
        addDescriptionNamed: '为此草图添加描述',
        editDescriptionNamed: '编辑“{{text}}”的描述',
      },
    },
  },
  ar: {
    sketches: {
      add: 'إضافة رسم',
      addHint:
        'إضافة صورة بوصفها رسمًا: صورة فوتوغرافية لرسم على الورق أو لقطة شاشة (PNG أو JPEG أو WebP). يمكنك أيضًا لصق صورة أو إفلات ملفات على اللوحة.',
      paste: 'لصق صورة بوصفها رسمًا',
      takePhoto: 'التقاط صورة',
      takePhotoHint: 'تصوير رسم على الورق وإضافته بوصفه رسمًا',
      choosePicture: 'اختيار صورة',
      describe: 'تعديل الوصف',
      describeHint: 'وصف الرسم المحدد لمن لا يستطيع رؤيته',
      skipped_zero: 'لم يُستبعد أي ملف.',
      skipped_one: 'ملف واحد ليس صورة، فاستُبعد.',
      skipped_two: 'ملفان ليسا صورتين، فاستُبعدا.',
      skipped_few: '{{count}} ملفات ليست صورًا، فاستُبعدت.',
      skipped_many: '{{count}} ملفًا ليست صورًا، فاستُبعدت.',
      skipped_other: '{{count}} ملف ليست صورًا، فاستُبعدت.',
      uploads: 'الصور الجاري إضافتها',
      uploading: 'جارٍ إضافة «{{name}}»…',
      progress: 'جارٍ إرسال «{{name}}»',
      failed: 'تعذّرت إضافة «{{name}}»: {{reason}}',
      dismiss: 'إغلاق',
      problems: {
        'too-large':
          'حجم الملف أكبر من 10 ميغابايت. احفظه بحجم أصغر (بصيغة JPEG أو بعدد أقل من البكسلات) ثم أضفه مرة أخرى.',
        'unsupported-type':
          'لا يمكن إضافة سوى صور PNG وJPEG وWebP. احفظ الصورة أو صدّرها بصيغة PNG أو JPEG ثم أضفها مرة أخرى.',
        'not-an-image': 'الملف ليس صورة. أضف صورة بصيغة PNG أو JPEG أو WebP.',
        'too-many-pixels':
          'الصورة كبيرة جدًا (أكثر من 8192 بكسل في أحد الأضلاع، أو 40 ميغابكسل). صغّرها ثم أضفها مرة أخرى.',
        corrupt: 'الصورة تالفة أو غير مكتملة. صدّرها مرة أخرى، أو أضف لقطة شاشة لها.',
        busy: 'أُضيف عدد كبير جدًا من الصور من هذه الشبكة للتو. انتظر بضع دقائق ثم أعد المحاولة.',
        'not-allowed': 'لا يتيح هذا الرابط إضافة الصور. اطلب رابط المشاركين من الميسِّر.',
        network: 'انقطع الاتصال. تحقق منه ثم أعد المحاولة.',
        failed: 'تعذّر على الخادم حفظها. أعد المحاولة بعد قليل.',
        'phase-closed': 'الكتابة غير متاحة في هذه المرحلة. يوضح الشريط أعلى الصفحة ما يمكنك فعله الآن.',
      },
      dialog: {
        heading: 'وصف هذا الرسم',
        intro:
          'من لا يستطيع رؤية الصورة — ممن يستخدمون قارئ الشاشة أو يجلسون بعيدًا عن الشاشة — يقرأ هذا الوصف أو يسمعه بدلًا منها. اذكر ما تُظهره الصورة وما المهم فيها.',
        label: 'الوصف (النص البديل)',
        placeholder: 'مثال: خريطة مرسومة باليد تربط ثلاث مجموعات بالأمانة بأسهم',
        save: 'حفظ الوصف',
        skip: 'التخطي الآن',
        cancel: 'إلغاء',
      },
      list: {
        named: 'رسم: {{description}}',
        unnamed: 'رسم بلا وصف',
        prompt: 'يُرجى إضافة وصف ليتمكن الجميع من المتابعة.',
        addDescription: 'إضافة وصف',
        editDescription: 'تعديل الوصف',
        addDescriptionNamed: 'إضافة وصف لهذا الرسم',
        editDescriptionNamed: 'تعديل وصف «{{text}}»',
      },
    },
  },
};

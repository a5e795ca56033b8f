import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../sync/board-context';
import { sketchUploads } from './upload-store';
import './sketches.css';

/** How long a failure stays on screen unless dismissed: long enough to read it and its advice. */
const FAILURE_MS = 15_000;

/**
 * The pictures on their way to the relay (each with how much is sent) and those that could not be added (with why,
 * in the person's language, and what to do). A polite live region: screen readers hear a picture start and fail.
 */
export function SketchUploadStatus() {
  const { t } = useTranslation();
  const { ui } = useBoard();
  const store = sketchUploads(ui);
  const uploads = useStore(store, (s) => s.uploads);
  const dismiss = useStore(store, (s) => s.dismiss);

  const failed = uploads.filter((upload) => upload.problem !== null).map((upload) => upload.id);
  const failedKey = failed.join(',');
  useEffect(() => {
    if (!failedKey) return;
    const timers = failedKey.split(',').map((id) => setTimeout(() => dismiss(Number(id)), FAILURE_MS));
    return () => timers.forEach(clearTimeout);
  }, [failedKey, dismiss]);

  return (
    <ul className="sketch-uploads" aria-label={t('sketches.uploads')} aria-live="polite" data-testid="sketch-uploads">
      {uploads.map((upload) =>
        upload.problem === null ? (
          <li key={upload.id} className="sketch-upload">
            <span>{t('sketches.uploading', { name: upload.name })}</span>
            <progress max={1} value={upload.progress} aria-label={t('sketches.progress', { name: upload.name })} />
          </li>
        ) : (
          <li key={upload.id} className="sketch-upload sketch-upload-failed" data-testid="sketch-upload-failed">
            <span>{t('sketches.failed', { name: upload.name, reason: t(`sketches.problems.${upload.problem}`) })}</span>
            <button type="button" onClick={() => dismiss(upload.id)}>
              {t('sketches.dismiss')}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

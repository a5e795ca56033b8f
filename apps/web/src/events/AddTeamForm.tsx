import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Adds a team board to the event; `add` resolves once the relay created it, or rejects with what went wrong. */
export function AddTeamForm({ add }: { add: (title: string) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await add(title.trim());
      setTitle('');
    } catch (failure) {
      setError(t('events.organiser.addFailed', { message: (failure as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="event-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('events.organiser.addHeading')}</h2>
      <form className="stack-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={id}>{t('events.organiser.addLabel')}</label>
        <input id={id} value={title} maxLength={200} required onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" disabled={busy}>
          {t('events.organiser.addSubmit')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}

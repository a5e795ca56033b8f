import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RelayRequestError } from '../sync/board-link';

/** What a creation page says when the server refuses (`{{message}}`: its words) or cannot be reached. */
export interface CreationMessages {
  refused: string;
  failed: string;
}

/**
 * Creating something on the relay (a board, an event) from a form: busy while the request runs, an error to show,
 * and the creation key. A server that requires a key (CREATE_KEY) answers 401: the first time the page just asks for
 * the key; after a wrong one it says what the server said.
 */
export function useCreation(messages: CreationMessages) {
  const { t } = useTranslation();
  const [createKey, setCreateKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Runs `request` with the key typed so far (if any); on success the request navigates away, so busy stays. */
  const run = async (request: (key: string | undefined) => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await request(createKey?.trim() || undefined);
    } catch (failure) {
      if (failure instanceof RelayRequestError && failure.status === 401) {
        setError(createKey === null ? t('landing.keyNeeded') : t(messages.refused, { message: failure.message }));
        setCreateKey((key) => key ?? '');
      } else if (failure instanceof RelayRequestError) {
        setError(t(messages.refused, { message: failure.message }));
      } else {
        setError(t(messages.failed, { message: (failure as Error).message }));
      }
      setBusy(false);
    }
  };
  return { createKey, setCreateKey, busy, error, setError, run };
}

/** The creation key's field, shown once the server asked for one. */
export function CreationKeyField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange: (key: string) => void;
}) {
  const { t } = useTranslation();
  if (value === null) return null;
  return (
    <>
      <label htmlFor={id}>{t('landing.keyLabel')}</label>
      <input id={id} type="password" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

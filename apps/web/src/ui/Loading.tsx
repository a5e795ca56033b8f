import { useTranslation } from 'react-i18next';

/** "Loading…" where a page or a part of it will be: announced politely to screen readers, as every status is. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page-state" role="status">
      {t('status.loading')}
    </p>
  );
}

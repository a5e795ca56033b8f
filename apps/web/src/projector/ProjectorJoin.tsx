import { useTranslation } from 'react-i18next';
import { JoinQr } from '../ui/JoinQr';
import { useJoinInfo } from './useJoinInfo';

/** "Join from your phone" with the address and code drop-ins use; nothing at all when the relay has none to give. */
export function ProjectorJoin({ boardId, size = 240 }: { boardId: string; size?: number }) {
  const { t } = useTranslation();
  const join = useJoinInfo(boardId);
  if (!join) return null;
  return (
    <section className="projector-join" aria-labelledby="projector-join-heading" data-testid="projector-join">
      <h2 id="projector-join-heading">{t('projector.join')}</h2>
      <JoinQr url={join.url} code={join.code} size={size} />
    </section>
  );
}

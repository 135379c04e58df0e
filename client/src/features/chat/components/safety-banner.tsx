import { useTranslation } from 'react-i18next';
import type { ChatMessageFlag } from '../api/chat-types';
import { IconShield } from './chat-icons';

/** Under a message with a link, a phone number, an off-platform deal or an OTP/PIN request: the workshop's lesson. */
export function SafetyBanner({ flags }: { flags: readonly ChatMessageFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <div className="chat-safety" role="note" data-testid="safety-banner" data-flags={flags.join(' ')}>
      <IconShield className="chat-safety__icon" />
      <div>
        <strong>{t('chat.safety.title')}</strong>
        <ul className="chat-safety__list">
          {flags.map((flag) => (
            <li key={flag}>{t(`chat.safety.${flag}`)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

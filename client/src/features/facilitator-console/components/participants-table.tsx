import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatWibTime, shownTimeZone, ZONE_LABELS } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconKey } from '../../../shared/ui/icons';
import type { ParticipantView } from '../api/get-participants';
import { issuePin } from '../api/issue-pin';
import { PinPanel } from './pin-panel';

interface ShownPin {
  participantId: string;
  name: string;
  pin: string;
  expiresAt: string;
}

/** Everyone in the class, in the order they joined, with "Tampilkan PIN" to move someone to another phone. */
export function ParticipantsTable({ classId, participants }: { classId: string; participants: ParticipantView[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ShownPin | undefined>(undefined);
  const pin = useSubmit((participant: ParticipantView) =>
    issuePin(classId, participant.id).then((issued) => ({ participantId: participant.id, name: participant.name, ...issued })),
  );

  const showPin = async (participant: ParticipantView) => {
    const issued = await pin.run(participant);
    if (issued) setShown(issued);
  };

  if (participants.length === 0) return <p className="note">{t('console.participants.empty')}</p>;

  return (
    <>
      {shown && <PinPanel name={shown.name} pin={shown.pin} expiresAt={shown.expiresAt} onClose={() => setShown(undefined)} />}
      <ErrorNote error={pin.error} />
      <div className="table-scroll">
        <table className="table" data-testid="participants-table">
          <thead>
            <tr>
              <th scope="col">{t('console.participants.no')}</th>
              <th scope="col">{t('console.participants.name')}</th>
              <th scope="col">{t('console.participants.village')}</th>
              <th scope="col">{t('console.participants.phone')}</th>
              <th scope="col">{t('console.participants.joinedAt', { zone: ZONE_LABELS[shownTimeZone()] })}</th>
              <th scope="col">{t('console.participants.shop')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('console.participants.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant, index) => (
              <tr key={participant.id}>
                <td>{index + 1}</td>
                <td>
                  <strong>{participant.name}</strong>
                  {participant.role === 'buyer' && (
                    <span className="tag">{participant.isPersona ? t('console.participants.persona') : t('console.participants.buyer')}</span>
                  )}
                </td>
                <td>{participant.village ?? '–'}</td>
                <td>{participant.phone ?? '–'}</td>
                <td>{formatWibTime(participant.joinedAt)}</td>
                <td>{participant.shopName ?? '–'}</td>
                <td>
                  {!participant.isPersona && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => void showPin(participant)}
                      disabled={pin.pending}
                      aria-label={t('console.pin.showFor', { name: participant.name })}
                    >
                      <IconLabel icon={IconKey}>{t('console.pin.show')}</IconLabel>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

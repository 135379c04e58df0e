import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArchive, IconCheck, IconLock, IconUnlock, type IconProps } from '../../../shared/ui/icons';
import { updateClass, type ClassStatus } from '../api/update-class';
import type { ClassView } from '../api/get-classes';

// What a class may become from each status (api/src/classes/class-status.ts): archiving is final.
// "Tutup pendaftaran" (closed) stops new phones while the class goes on; "Akhiri kelas" (ended) is the end of the day.
const NEXT: Record<ClassStatus, readonly ClassStatus[]> = {
  open: ['closed', 'ended', 'archived'],
  closed: ['open', 'ended', 'archived'],
  ended: ['open', 'archived'],
  archived: [],
};

const ACTIONS: Record<ClassStatus, { key: 'reopen' | 'close' | 'end' | 'archive'; icon: ComponentType<IconProps> }> = {
  open: { key: 'reopen', icon: IconUnlock },
  closed: { key: 'close', icon: IconLock },
  ended: { key: 'end', icon: IconCheck },
  archived: { key: 'archive', icon: IconArchive },
};

interface StatusControlsProps {
  classId: string;
  status: ClassStatus;
  onChanged: (updated: ClassView) => void;
}

/** "Tutup pendaftaran", "Akhiri kelas", "Buka lagi", "Arsipkan": each asks first, and says what it will do. */
export function StatusControls({ classId, status, onChanged }: StatusControlsProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<ClassStatus | undefined>(undefined);
  const change = useSubmit((next: ClassStatus) => updateClass(classId, { status: next }));

  const confirm = async (next: ClassStatus) => {
    const updated = await change.run(next);
    if (!updated) return;
    setAsking(undefined);
    onChanged(updated);
  };

  const options = NEXT[status];
  if (options.length === 0) return <p className="note">{t('console.statusActions.archivedNote')}</p>;

  return (
    <div className="status-controls">
      {asking ? (
        <ConfirmPanel
          title={t(`console.statusActions.${ACTIONS[asking].key}Confirm`)}
          confirmLabel={t(`console.statusActions.${ACTIONS[asking].key}`)}
          confirmIcon={ACTIONS[asking].icon}
          onConfirm={() => void confirm(asking)}
          onCancel={() => setAsking(undefined)}
          pending={change.pending}
          tone={asking === 'archived' ? 'danger' : 'normal'}
        >
          <p>{t(`console.statusActions.${ACTIONS[asking].key}Explain`)}</p>
        </ConfirmPanel>
      ) : (
        <div className="button-row">
          {options.map((next) => (
            <button key={next} type="button" className="button button--secondary button--small" onClick={() => setAsking(next)} data-testid={`status-${next}`}>
              <IconLabel icon={ACTIONS[next].icon}>{t(`console.statusActions.${ACTIONS[next].key}`)}</IconLabel>
            </button>
          ))}
        </div>
      )}
      <ErrorNote error={change.error} />
    </div>
  );
}

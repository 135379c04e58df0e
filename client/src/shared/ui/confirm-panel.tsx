import { useEffect, useRef, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLabel } from './icon-label';
import { IconClose, type IconProps } from './icons';

interface ConfirmPanelProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  confirmIcon: ComponentType<IconProps>;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  /** 'danger' for actions that cannot be undone. */
  tone?: 'normal' | 'danger';
}

/**
 * "Are you sure?" inline, right under the button that asked: no browser dialog, which looks alarming on
 * a cheap phone and cannot be translated. Focus moves to it so a screen reader reads the question.
 */
export function ConfirmPanel({ title, children, confirmLabel, confirmIcon, onConfirm, onCancel, pending, tone = 'normal' }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <div className={`confirm confirm--${tone}`} role="alertdialog" aria-label={title} tabIndex={-1} ref={ref}>
      <p className="confirm__title">{title}</p>
      {children}
      <div className="confirm__actions">
        <button
          type="button"
          className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
          onClick={onConfirm}
          disabled={pending}
        >
          <IconLabel icon={confirmIcon}>{confirmLabel}</IconLabel>
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
        </button>
      </div>
    </div>
  );
}

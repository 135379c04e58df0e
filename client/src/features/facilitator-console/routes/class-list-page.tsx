import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { LogoutButton } from '../../../shared/auth/logout-button';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { appPaths, linkTo } from '../../../shared/config/paths';
import { formatCalendarDate } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCalendar, IconMapPin, IconPlus, IconReceipt, IconUsers } from '../../../shared/ui/icons';
import { getClasses } from '../api/get-classes';
import { CreateClassForm } from '../components/create-class-form';
import { FacilitatorOnly } from '../components/facilitator-only';
import { StatusBadge } from '../components/status-badge';
import '../facilitator.css';

export function ClassListPage() {
  return <FacilitatorOnly render={(session) => <ClassList session={session} />} />;
}

function ClassList({ session }: { session: FacilitatorSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const classes = useApi(`classes:${session.id}`, getClasses);
  const [creating, setCreating] = useState(false);

  return (
    <div className="page console" data-testid="class-list">
      <header className="console__header">
        <div>
          <h1>{t('console.classes.title')}</h1>
          <p className="hint">{t('console.classes.signedInAs', { name: session.name })}</p>
        </div>
        <div className="button-row">
          {/* The admin is the programme's coordinator: the programme view is hers. */}
          {session.role === 'admin' && (
            <Link className="button button--secondary" to={appPaths.facilitatorProgramme} data-testid="programme-link">
              <IconLabel icon={IconReceipt}>{t('console.programme.open')}</IconLabel>
            </Link>
          )}
          {!creating && (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <IconLabel icon={IconPlus}>{t('console.create.open')}</IconLabel>
            </button>
          )}
        </div>
      </header>

      {creating && (
        <CreateClassForm onCreated={(created) => navigate(linkTo.facilitatorClass(created.id))} onCancel={() => setCreating(false)} />
      )}

      <ErrorNote error={classes.error} />
      {classes.loading && <p className="page-loading">{t('app.loading')}</p>}
      {classes.data?.length === 0 && !creating && <p className="note">{t('console.classes.empty')}</p>}

      <ul className="class-list">
        {classes.data?.map((item) => (
          <li key={item.id} className="class-list__item card" data-testid="class-item" data-class-id={item.id}>
            <div className="class-list__main">
              <h2 className="card__title">
                <Link to={linkTo.facilitatorClass(item.id)}>{item.name}</Link>
              </h2>
              <p className="card__line">
                <IconCalendar />
                <span>{formatCalendarDate(item.date)}</span>
              </p>
              <p className="card__line">
                <IconMapPin />
                <span>
                  {item.place} · {item.regencyLabel}
                </span>
              </p>
              <p className="card__line">
                <IconUsers />
                <span>{t('console.classes.participants', { count: item.participantCount })}</span>
              </p>
              {item.ownerId !== session.id && (
                <p className="card__line hint" data-testid="shared-class">
                  <IconUsers />
                  <span>{t('console.classes.sharedBy', { name: item.ownerName })}</span>
                </p>
              )}
            </div>
            <div className="class-list__side">
              <StatusBadge status={item.status} />
              <p className="class-list__code" aria-label={t('console.classes.codeLabel')}>
                {item.joinCode}
              </p>
            </div>
          </li>
        ))}
      </ul>

      <LogoutButton kind="facilitator" warning={t('logout.facilitatorWarning')} />
    </div>
  );
}

import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconDownload, IconPrint } from '../../../shared/ui/icons';
import { downloadProgrammeCsv, getProgramme } from '../api/get-programme';
import { FacilitatorOnly } from '../components/facilitator-only';
import { ProgrammeTable } from '../components/programme-table';
import { type ProgrammeFilter, programmeKey, programmeSearch, readProgrammeFilter } from '../programme-filter';
import '../facilitator.css';
import '../console.css';

/** The programme view: for the admin, who is the programme's coordinator (there is no other coordinator account). */
export function ProgrammePage() {
  return <FacilitatorOnly render={(session) => <AdminOnly session={session} render={() => <Programme />} />} />;
}

export function AdminOnly({ session, render }: { session: FacilitatorSession; render: () => ReactNode }) {
  const { t } = useTranslation();
  if (session.role === 'admin') return <>{render()}</>;
  return (
    <div className="page console">
      <p className="note" role="alert" data-testid="programme-admin-only">
        {t('console.programme.adminOnly')}
      </p>
      <Link className="button button--secondary button--small" to={appPaths.facilitatorHome}>
        <IconLabel icon={IconArrowLeft}>{t('console.programme.back')}</IconLabel>
      </Link>
    </div>
  );
}

function Programme() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = readProgrammeFilter(params);
  const search = programmeSearch(filter);
  const programme = useApi(programmeKey(filter), (signal) => getProgramme(filter, signal));
  const csv = useSubmit(downloadProgrammeCsv);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    const next: ProgrammeFilter = { regency: text('regency'), from: text('from'), to: text('to') };
    setParams(programmeSearch(next));
  };

  return (
    <div className="page console programme" data-testid="programme-page">
      <header className="console__header">
        <div>
          <h1>{t('console.programme.title')}</h1>
          <p className="hint">{t('console.programme.intro')}</p>
        </div>
        <Link className="button button--secondary button--small" to={appPaths.facilitatorHome}>
          <IconLabel icon={IconArrowLeft}>{t('console.programme.back')}</IconLabel>
        </Link>
      </header>

      {/* Keyed by the filter, so Back and a shared link show what the address says. */}
      <form key={search} className="programme__filter card" onSubmit={apply} aria-label={t('console.programme.filter.label')}>
        <label className="field">
          <span className="field__label">{t('console.programme.filter.regency')}</span>
          <select className="field__input" name="regency" defaultValue={filter.regency ?? ''} data-testid="programme-regency">
            <option value="">{t('console.programme.filter.allRegencies')}</option>
            {programme.data?.regencies.map((regency) => (
              <option key={regency.code} value={regency.code}>
                {regency.label}
              </option>
            ))}
            {/* A regency in the address before the list has loaded stays chosen. */}
            {filter.regency && !programme.data?.regencies.some((r) => r.code === filter.regency) && <option value={filter.regency}>{filter.regency}</option>}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('console.programme.filter.from')}</span>
          <input className="field__input" type="date" name="from" defaultValue={filter.from ?? ''} data-testid="programme-from" />
        </label>
        <label className="field">
          <span className="field__label">{t('console.programme.filter.to')}</span>
          <input className="field__input" type="date" name="to" defaultValue={filter.to ?? ''} data-testid="programme-to" />
        </label>
        <div className="button-row">
          <button type="submit" className="button button--primary button--small">
            {t('console.programme.filter.apply')}
          </button>
          {search && (
            <Link className="button button--secondary button--small" to={appPaths.facilitatorProgramme}>
              {t('console.programme.filter.clear')}
            </Link>
          )}
        </div>
      </form>

      <div className="attendance-toolbar">
        <button type="button" className="button button--secondary button--small" onClick={() => void csv.run(filter)} disabled={csv.pending} data-testid="programme-csv">
          <IconLabel icon={IconDownload}>{t('console.programme.downloadCsv')}</IconLabel>
        </button>
        <Link className="button button--secondary button--small" to={`${appPaths.facilitatorProgrammePrint}${search ? `?${search}` : ''}`} data-testid="programme-print-link">
          <IconLabel icon={IconPrint}>{t('console.programme.print')}</IconLabel>
        </Link>
      </div>

      <ErrorNote error={programme.error ?? csv.error} />
      {programme.loading && <p className="page-loading">{t('app.loading')}</p>}
      {programme.data &&
        (programme.data.classes.length === 0 ? (
          <p className="note" data-testid="programme-empty">
            {t('console.programme.empty')}
          </p>
        ) : (
          <div className="sheet-scroll">
            <ProgrammeTable programme={programme.data} links />
          </div>
        ))}
    </div>
  );
}

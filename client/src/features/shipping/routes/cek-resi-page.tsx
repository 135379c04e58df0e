import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { linkTo } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconTruck } from '../../../shared/ui/icons';
import { getTracking } from '../api/shipping-api';
import { TrackingTimeline } from '../components/tracking-timeline';
import '../shipping.css';

/** /cek-resi and /cek-resi/:resi: anyone looks a parcel up by its resi; only cities and the courier are shown. */
export function CekResiPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const resi = useParams().resi ?? '';
  const [typed, setTyped] = useState(resi);
  const tracking = useApi(resi ? `tracking:${resi}` : null, (signal) => getTracking(resi, signal));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = typed.replace(/\s+/g, '').toUpperCase();
    if (value) navigate(linkTo.cekResi(value));
  };

  const data = tracking.data;
  return (
    <div className="page cek-resi" data-testid="cek-resi-page">
      <h1>
        <IconLabel icon={IconTruck}>{t('tracking.cekResi.title')}</IconLabel>
      </h1>
      <form className="cek-resi__form" onSubmit={onSubmit} role="search">
        <label className="field__label" htmlFor={id}>
          {t('tracking.cekResi.label')}
        </label>
        <input
          className="field__input"
          id={id}
          name="resi"
          inputMode="text"
          autoCapitalize="characters"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          placeholder={t('tracking.cekResi.placeholder')}
        />
        <button type="submit" className="button button--primary">
          <IconLabel icon={IconTruck}>{t('tracking.cekResi.submit')}</IconLabel>
        </button>
      </form>
      <ErrorNote error={tracking.error} />
      {resi && tracking.loading && <p role="status">{t('app.loading')}</p>}
      {data && (
        <section className="card order-section" aria-labelledby="cek-resi-result" data-testid="cek-resi-result">
          <h2 id="cek-resi-result" className="cek-resi__courier">
            {data.courier.name}
          </h2>
          <p className="cek-resi__resi">{data.resi}</p>
          <p className={`cek-resi__status cek-resi__status--${data.status}`} data-testid="cek-resi-status">
            {t(`tracking.status.${data.status}`)}
          </p>
          <p className="hint">{t('tracking.cekResi.route', { from: data.originCity, to: data.destinationCity })}</p>
          <TrackingTimeline steps={data.steps} />
        </section>
      )}
    </div>
  );
}

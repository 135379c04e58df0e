import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { appPaths } from '../../../shared/config/paths';
import { formatLongDate } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconPrint } from '../../../shared/ui/icons';
import { getMyCertificate, type CertificateView } from '../api/certificates-api';
import '../certificates.css';

/** /toko/sertifikat: the trainee's A4 "Sertifikat", printed or saved as PDF by the browser. */
export function CertificatePage() {
  return <ParticipantOnly traineeOnly>{(session) => <CertificateLoader key={session.id} />}</ParticipantOnly>;
}

function CertificateLoader() {
  const { t } = useTranslation();
  const certificate = useApi('my-certificate', getMyCertificate);
  const notYet = certificate.error?.code === 'CERTIFICATE_MISSIONS_NOT_DONE';

  return (
    <div className="certificate-page">
      <div className="certificate-toolbar no-print">
        <Link className="button button--secondary button--small" to={appPaths.shop}>
          <IconLabel icon={IconArrowLeft}>{t('certificate.back')}</IconLabel>
        </Link>
        {certificate.data && (
          <button type="button" className="button button--primary button--small" onClick={() => window.print()} data-testid="certificate-print">
            <IconLabel icon={IconPrint}>{t('certificate.print')}</IconLabel>
          </button>
        )}
        {certificate.data && <p className="hint">{t('certificate.printHint')}</p>}
      </div>
      {certificate.loading && <p className="page-loading no-print">{t('app.loading')}</p>}
      {notYet ? (
        <div className="page no-print" data-testid="certificate-not-yet">
          <p className="note">{t('errors.certificateMissionsNotDone')}</p>
          <Link className="button button--primary" to={appPaths.myMissions}>
            {t('missions.homeLink')}
          </Link>
        </div>
      ) : (
        <ErrorNote error={certificate.error} className="no-print" />
      )}
      {certificate.data && <Certificate certificate={certificate.data} />}
    </div>
  );
}

function Certificate({ certificate }: { certificate: CertificateView }) {
  const { t } = useTranslation();
  return (
    <article className="certificate" data-testid="certificate" data-code={certificate.code}>
      <p className="certificate__brand">{t('app.brand')}</p>
      <h1 className="certificate__heading">{t('certificate.heading')}</h1>
      <p className="certificate__given">{t('certificate.given')}</p>
      <p className="certificate__name" data-testid="certificate-name">
        {certificate.name}
      </p>
      <p className="certificate__for">{t('certificate.for')}</p>
      <p className="certificate__class">{certificate.className}</p>
      <p className="certificate__held">{t('certificate.held', { place: certificate.place, regency: certificate.regencyLabel, date: formatLongDate(certificate.date) })}</p>
      {certificate.missions.length > 0 && (
        <>
          <p className="certificate__missions-title">{t('certificate.missions')}</p>
          <ul className="certificate__missions" data-testid="certificate-missions">
            {certificate.missions.map((id) => (
              <li key={id}>{t(`missions.title.${id}`)}</li>
            ))}
          </ul>
        </>
      )}
      <footer className="certificate__footer">
        <div className="certificate__signers">
          <p className="certificate__signers-title">{t('certificate.facilitators')}</p>
          {certificate.facilitators.map((name) => (
            <p key={name} className="certificate__signer">
              {name}
            </p>
          ))}
        </div>
        <div className="certificate__verify">
          <img className="certificate__qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(certificate.verifyQrSvg)}`} alt={t('certificate.qrLabel')} />
          <p className="certificate__code" data-testid="certificate-code">
            {t('certificate.code', { code: certificate.code })}
          </p>
          <p className="certificate__url">{t('certificate.verifyHint', { url: certificate.verifyUrl })}</p>
        </div>
      </footer>
    </article>
  );
}

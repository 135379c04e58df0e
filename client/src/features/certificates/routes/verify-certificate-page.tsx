import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { formatCalendarDate } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconCheck } from '../../../shared/ui/icons';
import { verifyCertificate } from '../api/certificates-api';
import '../certificates.css';

/** /sertifikat/:code: what a certificate's QR opens, for anyone: the name, the class and the date, nothing else. */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const found = useApi(`certificate-verify:${code}`, (signal) => verifyCertificate(code, signal));

  return (
    <div className="page" data-testid="certificate-verify">
      <h1>{t('certificate.verifyTitle')}</h1>
      {found.loading && <p className="page-loading">{t('app.loading')}</p>}
      <ErrorNote error={found.error} />
      {found.data && (
        <section className="card" aria-labelledby="verify-valid">
          <p className="note note--ok" id="verify-valid">
            <IconCheck className="note__icon" />
            <span>{t('certificate.verifyValid')}</span>
          </p>
          <dl className="certificate-verify__facts">
            <dt>{t('certificate.verifyName')}</dt>
            <dd data-testid="verify-name">{found.data.name}</dd>
            <dt>{t('certificate.verifyClass')}</dt>
            <dd data-testid="verify-class">{found.data.className}</dd>
            <dt>{t('certificate.verifyDate')}</dt>
            <dd data-testid="verify-date">{formatCalendarDate(found.data.date)}</dd>
          </dl>
        </section>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { ErrorNote } from '../../../shared/ui/error-note';
import { getProvinces } from '../api/get-provinces';
import { getRegencies } from '../api/get-regencies';

interface RegionPickerProps {
  provinceCode: string;
  regencyCode: string;
  onChange: (change: { provinceCode: string; regencyCode: string }) => void;
}

/** Province, then regency ("Kab. Pringsewu"): the class's home, where its shops ship from. */
export function RegionPicker({ provinceCode, regencyCode, onChange }: RegionPickerProps) {
  const { t } = useTranslation();
  const provinces = useApi('provinces', getProvinces);
  const regencies = useApi(provinceCode ? `regencies:${provinceCode}` : null, (signal) => getRegencies(provinceCode, signal));

  return (
    <div className="field-pair">
      <label className="field">
        <span className="field__label">{t('console.create.province')}</span>
        <select
          className="field__input"
          name="province"
          value={provinceCode}
          onChange={(event) => onChange({ provinceCode: event.target.value, regencyCode: '' })}
        >
          {!provinces.data && <option value={provinceCode}>{t('app.loading')}</option>}
          {provinces.data?.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('console.create.regency')}</span>
        <select
          className="field__input"
          name="regency"
          value={regencyCode}
          onChange={(event) => onChange({ provinceCode, regencyCode: event.target.value })}
          required
        >
          <option value="" disabled>
            {regencies.data ? t('console.create.chooseRegency') : t('app.loading')}
          </option>
          {regencies.data?.map((regency) => (
            <option key={regency.code} value={regency.code}>
              {regency.label}
            </option>
          ))}
        </select>
      </label>
      <ErrorNote error={provinces.error ?? regencies.error} />
    </div>
  );
}

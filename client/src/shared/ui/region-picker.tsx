import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { getProvinces } from '../regions/get-provinces';
import { getRegencies } from '../regions/get-regencies';
import { ErrorNote } from './error-note';

export interface RegionChoice {
  provinceCode: string;
  regencyCode: string;
}

interface RegionPickerProps extends RegionChoice {
  onChange: (change: RegionChoice) => void;
  /** Says which choice is missing, next to the regency. */
  regencyProblem?: string;
}

/**
 * Province, then regency ("Kab. Pringsewu"), from Indonesia's real regions: a class's home (where its shops
 * ship from) or a buyer's delivery address.
 */
export function RegionPicker({ provinceCode, regencyCode, onChange, regencyProblem }: RegionPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const provinces = useApi('provinces', getProvinces);
  const regencies = useApi(provinceCode ? `regencies:${provinceCode}` : null, (signal) => getRegencies(provinceCode, signal));

  return (
    <div className="field-pair">
      <label className="field">
        <span className="field__label">{t('region.province')}</span>
        <select
          className="field__input"
          name="province"
          value={provinceCode}
          onChange={(event) => onChange({ provinceCode: event.target.value, regencyCode: '' })}
        >
          {!provinceCode && (
            <option value="" disabled>
              {provinces.data ? t('region.chooseProvince') : t('app.loading')}
            </option>
          )}
          {!provinces.data && provinceCode && <option value={provinceCode}>{t('app.loading')}</option>}
          {provinces.data?.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-regency`}>
          {t('region.regency')}
        </label>
        <select
          className="field__input"
          id={`${id}-regency`}
          name="regency"
          value={regencyCode}
          onChange={(event) => onChange({ provinceCode, regencyCode: event.target.value })}
          disabled={!provinceCode}
          aria-invalid={regencyProblem ? true : undefined}
          aria-describedby={regencyProblem ? `${id}-regency-problem` : undefined}
          required
        >
          <option value="" disabled>
            {!provinceCode || regencies.data ? t('region.chooseRegency') : t('app.loading')}
          </option>
          {regencies.data?.map((regency) => (
            <option key={regency.code} value={regency.code}>
              {regency.label}
            </option>
          ))}
        </select>
        {regencyProblem && (
          <span className="field__feedback field__feedback--invalid" id={`${id}-regency-problem`}>
            {regencyProblem}
          </span>
        )}
      </div>
      <ErrorNote error={provinces.error ?? regencies.error} />
    </div>
  );
}

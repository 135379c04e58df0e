import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IconMapPin } from '../../../shared/ui/icons';
import { RegionPicker } from '../../../shared/ui/region-picker';
import type { AddressDraft, AddressProblem } from '../address-draft';

interface AddressFormProps {
  address: AddressDraft;
  onChange: (address: AddressDraft) => void;
  /** Shown once the buyer has tried to order. */
  problems: AddressProblem[];
}

/** "Alamat Pengiriman": who receives it, their phone, the street, province → regency, and the district if known. */
export function AddressForm({ address, onChange, problems }: AddressFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<AddressDraft>) => onChange({ ...address, ...patch });
  const invalid = (problem: AddressProblem) => (problems.includes(problem) ? true : undefined);
  const feedback = (problem: AddressProblem) =>
    problems.includes(problem) && (
      <span className="field__feedback field__feedback--invalid" id={`${id}-${problem}-problem`}>
        {t(`checkout.address.problems.${problem}`)}
      </span>
    );

  return (
    <section className="card checkout-section" aria-labelledby="address-title" data-testid="address-form">
      <h2 className="section-heading" id="address-title">
        <IconMapPin />
        <span>{t('checkout.address.title')}</span>
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-recipient`}>{t('checkout.address.recipient')}</label>
        <input
          className="field__input"
          id={`${id}-recipient`}
          name="recipient"
          autoComplete="name"
          value={address.recipient}
          maxLength={60}
          onChange={(event) => set({ recipient: event.target.value })}
          aria-invalid={invalid('recipient')}
          aria-describedby={problems.includes('recipient') ? `${id}-recipient-problem` : undefined}
        />
        {feedback('recipient')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-phone`}>{t('checkout.address.phone')}</label>
        <input
          className="field__input"
          id={`${id}-phone`}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder="0812 3456 7890"
          value={address.phone}
          maxLength={20}
          onChange={(event) => set({ phone: event.target.value })}
          aria-invalid={invalid('phone')}
          aria-describedby={problems.includes('phone') ? `${id}-phone-problem` : undefined}
        />
        {feedback('phone')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-street`}>{t('checkout.address.street')}</label>
        <textarea
          className="field__input field__textarea"
          id={`${id}-street`}
          name="street"
          autoComplete="street-address"
          rows={2}
          placeholder={t('checkout.address.streetExample')}
          value={address.street}
          maxLength={200}
          onChange={(event) => set({ street: event.target.value })}
          aria-invalid={invalid('street')}
          aria-describedby={problems.includes('street') ? `${id}-street-problem` : undefined}
        />
        {feedback('street')}
      </div>
      <RegionPicker
        provinceCode={address.provinceCode}
        regencyCode={address.regencyCode}
        onChange={(region) => set(region)}
        regencyProblem={problems.includes('regency') ? t('checkout.address.problems.regency') : undefined}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-district`}>
          {t('checkout.address.district')} <span className="field__optional">{t('common.optional')}</span>
        </label>
        <input
          className="field__input"
          id={`${id}-district`}
          name="district"
          value={address.district}
          maxLength={60}
          placeholder={t('checkout.address.districtExample')}
          onChange={(event) => set({ district: event.target.value })}
        />
      </div>
    </section>
  );
}

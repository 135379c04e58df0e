import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconCheck } from '../../../shared/ui/icons';
import type { ShopView } from '../api/get-my-shop';
import { updateMyShop } from '../api/update-my-shop';
import { checkShopName, SHOP_DESCRIPTION_MAX, SHOP_NAME_MAX, tidyShopName } from '../shop-name';

interface ShopProfileFormProps {
  shop: ShopView;
  onSaved: (shop: ShopView) => void;
}

/** The shop's name and description ("Keterangan toko"): what the first mission asks for. */
export function ShopProfileForm({ shop, onSaved }: ShopProfileFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(shop.name);
  const [description, setDescription] = useState(shop.description ?? '');
  const [problem, setProblem] = useState<ReturnType<typeof checkShopName>>(undefined);
  const [saved, setSaved] = useState(false);
  const save = useSubmit(updateMyShop);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkShopName(name);
    setProblem(found);
    setSaved(false);
    if (found || save.pending) return;
    const updated = await save.run({ name: tidyShopName(name), description: description.trim() });
    if (!updated) return;
    onSaved(updated);
    setSaved(true);
  };

  return (
    <form className="form card" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('shop.profile.title')} data-testid="shop-profile-form">
      <label className="field">
        <span className="field__label">{t('shop.nameLabel')}</span>
        <input
          className="field__input"
          name="shopName"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={SHOP_NAME_MAX + 20}
          aria-invalid={problem ? true : undefined}
        />
        <span className="field__hint">{t('shop.nameHint')}</span>
      </label>
      {problem && (
        <p className="field__feedback--invalid" role="alert">
          <IconLabel icon={IconAlert}>{t(problem === 'tooShort' ? 'shop.nameTooShort' : 'shop.nameTooLong')}</IconLabel>
        </p>
      )}
      <label className="field">
        <span className="field__label">{t('shop.profile.descriptionLabel')}</span>
        <textarea
          className="field__input"
          name="shopDescription"
          rows={4}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          maxLength={SHOP_DESCRIPTION_MAX}
        />
        <span className="field__hint">{t('shop.profile.descriptionHint')}</span>
      </label>
      <ErrorNote error={save.error} />
      {saved && (
        <p className="field__feedback--valid" role="status" data-testid="shop-profile-saved">
          <IconLabel icon={IconCheck}>{t('shop.profile.saved')}</IconLabel>
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={save.pending} aria-busy={save.pending}>
        <IconLabel icon={IconCheck}>{save.pending ? t('common.saving') : t('common.save')}</IconLabel>
      </button>
    </form>
  );
}

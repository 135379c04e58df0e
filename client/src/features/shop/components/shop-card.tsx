import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../shared/api/use-submit';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconAlert, IconCheck, IconClose, IconEdit, IconMapPin, IconStore } from '../../../shared/ui/icons';
import type { ShopView } from '../api/get-my-shop';
import { updateMyShop } from '../api/update-my-shop';
import { checkShopName, SHOP_NAME_MAX, tidyShopName } from '../shop-name';

interface ShopCardProps {
  shop: ShopView;
  onSaved: (shop: ShopView) => void;
}

/** The trainee's shop: its name and where it ships from, with "Ubah nama toko". */
export function ShopCard({ shop, onSaved }: ShopCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(shop.name);
  const [problem, setProblem] = useState<ReturnType<typeof checkShopName>>(undefined);
  const [saved, setSaved] = useState(false);
  const save = useSubmit(updateMyShop);

  const startEditing = () => {
    setName(shop.name);
    setProblem(undefined);
    setSaved(false);
    save.clearError();
    setEditing(true);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkShopName(name);
    setProblem(found);
    if (found || save.pending) return;
    const updated = await save.run({ name: tidyShopName(name) });
    if (!updated) return;
    onSaved(updated);
    setEditing(false);
    setSaved(true);
  };

  return (
    <section className="card shop-card" aria-labelledby="shop-card-title" data-testid="shop-card">
      <p className="card__eyebrow">
        <IconStore />
        <span>{t('shop.yourShop')}</span>
      </p>
      <h2 className="card__title" id="shop-card-title" data-testid="shop-name">
        {shop.name}
      </h2>
      <p className="card__line">
        <IconMapPin />
        <span>{t('shop.origin', { regency: shop.regencyLabel })}</span>
      </p>
      {saved && !editing && (
        <p className="field__feedback--valid" role="status">
          <IconLabel icon={IconCheck}>{t('shop.nameSaved')}</IconLabel>
        </p>
      )}

      {editing ? (
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('shop.rename')}>
          <label className="field">
            <span className="field__label">{t('shop.nameLabel')}</span>
            <input
              className="field__input"
              name="shopName"
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={SHOP_NAME_MAX + 20}
              aria-invalid={problem ? true : undefined}
              autoFocus
            />
            <span className="field__hint">{t('shop.nameHint')}</span>
          </label>
          {problem && (
            <p className="field__feedback--invalid" role="alert">
              <IconLabel icon={IconAlert}>{t(problem === 'tooShort' ? 'shop.nameTooShort' : 'shop.nameTooLong')}</IconLabel>
            </p>
          )}
          <ErrorNote error={save.error} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={save.pending} aria-busy={save.pending}>
              <IconLabel icon={IconCheck}>{save.pending ? t('common.saving') : t('common.save')}</IconLabel>
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)} disabled={save.pending}>
              <IconLabel icon={IconClose}>{t('common.cancel')}</IconLabel>
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--secondary" onClick={startEditing}>
          <IconLabel icon={IconEdit}>{t('shop.rename')}</IconLabel>
        </button>
      )}
    </section>
  );
}

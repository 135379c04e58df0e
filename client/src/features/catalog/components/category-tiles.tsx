import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../api/product-types';
import { CATEGORIES } from '../categories';
import { CategoryIcon } from './catalog-icons';

/** The eight categories as big tiles with a drawing: one tap chooses (a radio group underneath). */
export function CategoryTiles({ value, onChange, invalid }: { value: ProductCategory | ''; onChange: (category: ProductCategory) => void; invalid?: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="tiles" data-invalid={invalid || undefined}>
      <legend className="field__label">{t('catalog.form.category.label')}</legend>
      <div className="tiles__grid">
        {CATEGORIES.map((category) => (
          <label key={category} className="tile" data-checked={value === category || undefined}>
            <input
              className="visually-hidden"
              type="radio"
              name="category"
              value={category}
              checked={value === category}
              onChange={() => onChange(category)}
            />
            <span className="tile__icon">
              <CategoryIcon category={category} />
            </span>
            <span className="tile__label">{t(`catalog.categories.${category}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

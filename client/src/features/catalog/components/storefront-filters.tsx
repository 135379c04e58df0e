import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLabel } from '../../../shared/ui/icon-label';
import type { ProductCategory, StorefrontSort } from '../api/product-types';
import { CATEGORIES } from '../categories';
import { CategoryIcon, IconGrid, IconSearch, IconSort } from './catalog-icons';

export const SORTS = ['newest', 'price_asc', 'price_desc'] as const satisfies readonly StorefrontSort[];

interface FiltersProps {
  q: string;
  category: ProductCategory | undefined;
  onSearch: (q: string) => void;
  onCategory: (category: ProductCategory | undefined) => void;
}

/** Search words and category chips: what a buyer uses to find a product. */
export function StorefrontFilters({ q, category, onSearch, onCategory }: FiltersProps) {
  const { t } = useTranslation();
  const [words, setWords] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  // The address changed (Back, a chip): the box shows the words searched for.
  if (shownQ !== q) {
    setShownQ(q);
    setWords(q);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(words.trim());
  };

  return (
    <div className="storefront-filters">
      <form className="search" role="search" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="storefront-q">
          {t('catalog.storefront.searchLabel')}
        </label>
        <input
          id="storefront-q"
          className="field__input search__input"
          type="search"
          name="q"
          value={words}
          onChange={(event) => setWords(event.target.value)}
          placeholder={t('catalog.storefront.searchPlaceholder')}
          enterKeyHint="search"
          maxLength={100}
        />
        <button type="submit" className="button button--primary search__button">
          <IconLabel icon={IconSearch}>{t('catalog.storefront.search')}</IconLabel>
        </button>
      </form>

      <div className="chips" role="group" aria-label={t('catalog.storefront.categories')}>
        <button type="button" className="chip" aria-pressed={category === undefined} onClick={() => onCategory(undefined)}>
          <IconGrid />
          <span>{t('catalog.storefront.allCategories')}</span>
        </button>
        {CATEGORIES.map((value) => (
          <button key={value} type="button" className="chip" aria-pressed={category === value} onClick={() => onCategory(value)}>
            <CategoryIcon category={value} />
            <span>{t(`catalog.categories.${value}`)}</span>
          </button>
        ))}
      </div>

    </div>
  );
}

/** "Urutkan: Terbaru / Harga termurah / Harga termahal", beside the number of products found. */
export function SortSelect({ sort, onSort }: { sort: StorefrontSort; onSort: (sort: StorefrontSort) => void }) {
  const { t } = useTranslation();
  return (
    <label className="sort">
      <span className="sort__label">
        <IconSort />
        <span>{t('catalog.storefront.sortLabel')}</span>
      </span>
      <select className="field__input sort__select" value={sort} onChange={(event) => onSort(event.target.value as StorefrontSort)}>
        {SORTS.map((value) => (
          <option key={value} value={value}>
            {t(`catalog.storefront.sorts.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

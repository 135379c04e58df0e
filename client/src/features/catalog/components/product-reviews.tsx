import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { formatWibDate } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { getProductReviews } from '../api/get-product-reviews';

/** "Ulasan Pembeli": the average (one decimal) and the newest reviews, each with the buyer's name and stars. */
export function ProductReviews({ classId, productId }: { classId: string; productId: string }) {
  const { t, i18n } = useTranslation();
  const reviews = useApi(`product-reviews:${classId}:${productId}`, (signal) => getProductReviews(classId, productId, signal));
  const data = reviews.data;
  const average = data?.average ?? null;
  return (
    <section className="card product-reviews" aria-labelledby="product-reviews-title" data-testid="product-reviews">
      <h2 id="product-reviews-title" className="product-reviews__title">
        {t('reviews.productTitle')}
      </h2>
      <ErrorNote error={reviews.error} />
      {data && data.count === 0 && <p className="hint">{t('reviews.none')}</p>}
      {data && average !== null && (
        <p className="product-reviews__summary" data-testid="reviews-average">
          <Stars rating={Math.round(average)} label={t('reviews.average', { average: average.toLocaleString(i18n.language), count: data.count })} />
          <strong>{average.toLocaleString(i18n.language, { minimumFractionDigits: 1 })}</strong>
          <span>{t('reviews.count', { count: data.count })}</span>
        </p>
      )}
      {data && data.items.length > 0 && (
        <ul className="product-reviews__list">
          {data.items.map((review) => (
            <li key={review.id} className="product-review" data-testid="product-review">
              <p className="product-review__head">
                <strong>{review.buyerName}</strong>
                <span className="hint">{formatWibDate(review.at)}</span>
              </p>
              <Stars rating={review.rating} label={t('reviews.stars', { count: review.rating })} />
              <p>{review.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Stars({ rating, label }: { rating: number; label: string }) {
  return (
    <span className="review-stars" role="img" aria-label={label}>
      {[1, 2, 3, 4, 5].map((star) => (
        <svg key={star} className={star <= rating ? 'star star--filled' : 'star'} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z" />
        </svg>
      ))}
    </span>
  );
}

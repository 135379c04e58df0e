import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck } from '../../../shared/ui/icons';
import type { OrderDetail } from '../api/order-types';
import { createReview, getOrderReviews, type Review } from '../api/reviews';

const STARS = [1, 2, 3, 4, 5] as const;

/** After "Selesai": one review (1–5 stars and a few words) per product of the order; sent ones are shown instead. */
export function ReviewForms({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const reviews = useApi(`reviews:${order.id}`, (signal) => getOrderReviews(order.id, signal));
  const products = order.lines.filter((line, index, all) => line.productId && all.findIndex((other) => other.productId === line.productId) === index);
  if (products.length === 0) return null;
  return (
    <section className="card order-section" aria-labelledby="review-title" data-testid="review-section">
      <h2 className="order-section__title" id="review-title">
        <StarGlyph filled />
        <span>{t('reviews.title')}</span>
      </h2>
      <ErrorNote error={reviews.error} />
      {reviews.data &&
        products.map((line) => {
          const done = reviews.data!.find((review) => review.productId === line.productId);
          return done ? (
            <SentReview key={line.productId} title={line.title} review={done} />
          ) : (
            <ReviewForm key={line.productId} orderId={order.id} productId={line.productId!} title={line.title} onSent={(review) => reviews.setData((list) => [...(list ?? []), review])} />
          );
        })}
    </section>
  );
}

function SentReview({ title, review }: { title: string; review: Review }) {
  const { t } = useTranslation();
  return (
    <div className="review review--sent" data-testid="review-sent">
      <p className="review__title">{title}</p>
      <p className="review__stars" aria-label={t('reviews.stars', { count: review.rating })}>
        {STARS.map((star) => (
          <StarGlyph key={star} filled={star <= review.rating} />
        ))}
      </p>
      <p>{review.text}</p>
      <p className="hint">{t('reviews.thanks')}</p>
    </div>
  );
}

function ReviewForm({ orderId, productId, title, onSent }: { orderId: string; productId: string; title: string; onSent: (review: Review) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [rating, setRating] = useState(0);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const send = useSubmit(createReview);
  const problem = rating === 0 ? 'rating' : text.trim().length < 3 ? 'text' : undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    const review = await send.run(orderId, productId, rating, text.trim());
    if (review) onSent(review);
  };

  return (
    <form className="review" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="review-form">
      <p className="review__title">{title}</p>
      <fieldset className="stars">
        <legend>{t('reviews.ratingLabel')}</legend>
        {STARS.map((star) => (
          <label className="stars__star" key={star}>
            <input type="radio" name={`${id}-rating`} value={star} checked={rating === star} onChange={() => setRating(star)} aria-label={t('reviews.stars', { count: star })} />
            <StarGlyph filled={star <= rating} />
          </label>
        ))}
      </fieldset>
      {tried && problem === 'rating' && <span className="field__feedback field__feedback--invalid">{t('reviews.ratingRequired')}</span>}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('reviews.textLabel')}
        </label>
        <textarea className="field__input field__textarea" id={`${id}-text`} rows={3} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} />
        {tried && problem === 'text' && <span className="field__feedback field__feedback--invalid">{t('reviews.textRequired')}</span>}
      </div>
      <ErrorNote error={send.error} />
      <button type="submit" className="button button--primary" disabled={send.pending} data-testid="review-submit">
        <IconLabel icon={IconCheck}>{t('reviews.send')}</IconLabel>
      </button>
    </form>
  );
}

function StarGlyph({ filled = false }: { filled?: boolean }) {
  return (
    <svg className={filled ? 'star star--filled' : 'star'} viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
      <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z" />
    </svg>
  );
}

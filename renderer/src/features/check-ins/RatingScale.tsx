import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../shared/domain/stressors';

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/** A 1–5 labelled scale as a native radio group: arrow keys move, large targets for touch. */
export function RatingScale({
  question,
  lowLabel,
  highLabel,
  value,
  onChange,
}: {
  readonly question: string;
  readonly lowLabel: string;
  readonly highLabel: string;
  readonly value: Rating | null;
  readonly onChange: (rating: Rating) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="scale">
      <legend className="scale__question">{question}</legend>
      <div className="scale__options">
        {RATINGS.map((rating) => (
          <label key={rating} className="scale__option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
              aria-label={`${String(rating)} — ${rating === 1 ? lowLabel : rating === 5 ? highLabel : t('checkIns.ratingValue', { value: rating })}`}
            />
            <span aria-hidden="true">{rating}</span>
          </label>
        ))}
      </div>
      <div className="scale__ends" aria-hidden="true">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </div>
    </fieldset>
  );
}

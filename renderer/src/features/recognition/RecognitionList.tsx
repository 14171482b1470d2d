import { useTranslation } from 'react-i18next';
import type { RecognitionView } from './recognition.repo';

/** Whose point of view a recognition is shown from: it decides the headline. */
export type RecognitionPerspective = 'received' | 'given' | 'wall';

/** One recognition: who, when, the service values as badges, the message and any linked module. */
export function RecognitionItem({
  recognition,
  perspective,
  isCompact = false,
}: {
  readonly recognition: RecognitionView;
  readonly perspective: RecognitionPerspective;
  readonly isCompact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const headline =
    perspective === 'received'
      ? t('recognition.item.from', { name: recognition.giver.displayName })
      : perspective === 'given'
        ? t('recognition.item.to', { name: recognition.recipient.displayName })
        : t('recognition.item.wallHeadline', {
            giver: recognition.giver.displayName,
            recipient: recognition.recipient.displayName,
          });
  const date = new Date(recognition.createdAt);
  return (
    <li className={isCompact ? 'recognition-item recognition-item--compact' : 'recognition-item'}>
      <div className="recognition-item__header">
        <p className="recognition-item__headline">{headline}</p>
        <p className="recognition-item__meta">
          {recognition.isPrivate ? (
            <span className="recognition-private">{t('recognition.item.private')}</span>
          ) : null}
          <time dateTime={date.toISOString()}>
            {date.toLocaleDateString(i18n.language, { day: 'numeric', month: 'short', year: 'numeric' })}
          </time>
        </p>
      </div>
      <ul className="recognition-values" aria-label={t('recognition.item.values')}>
        {recognition.values.map((value) => (
          <li key={value.id} className="recognition-value">
            {value.label}
          </li>
        ))}
      </ul>
      <p className="recognition-item__message">{recognition.message}</p>
      {recognition.module ? (
        <p className="recognition-item__module">
          {t('recognition.item.module', { title: recognition.module.title })}
        </p>
      ) : null}
    </li>
  );
}

/** A list of recognitions from one perspective, newest first. */
export function RecognitionList({
  recognitions,
  perspective,
  labelledBy,
  isCompact = false,
}: {
  readonly recognitions: readonly RecognitionView[];
  readonly perspective: RecognitionPerspective;
  readonly labelledBy: string;
  readonly isCompact?: boolean;
}) {
  return (
    <ul className="recognition-list" aria-labelledby={labelledBy}>
      {recognitions.map((recognition) => (
        <RecognitionItem
          key={recognition.id}
          recognition={recognition}
          perspective={perspective}
          isCompact={isCompact}
        />
      ))}
    </ul>
  );
}

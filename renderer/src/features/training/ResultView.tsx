import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Manifest } from '../../../../shared/content/pack-schema';
import type { CompletionRow } from './training.repo';
import { Button, Notice } from '../../ui';

/** The end of an attempt: score against the pass mark, what happens next, and a way to try again. */
export function ResultView({
  headingRef,
  manifest,
  completion,
  onRetry,
  onExit,
}: {
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly manifest: Manifest;
  readonly completion: CompletionRow;
  readonly onRetry: () => void;
  readonly onExit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack result">
      <h1 ref={headingRef} tabIndex={-1}>
        {completion.passed ? t('training.result.passedTitle') : t('training.result.failedTitle')}
      </h1>
      <p className="result__module">{manifest.title}</p>
      <div className="card result__score">
        <p className="result__figure">{t('training.result.score', { percent: completion.scorePercent })}</p>
        <p>
          {t('training.result.detail', {
            correct: completion.correct,
            total: completion.total,
            passMark: completion.passMark,
          })}
        </p>
      </div>
      <Notice tone={completion.passed ? 'success' : 'warning'}>
        <p>{completion.passed ? t('training.result.passedBody') : t('training.result.failedBody')}</p>
      </Notice>
      <div className="row">
        <Button variant={completion.passed ? 'secondary' : 'primary'} onClick={onRetry}>
          {t('training.result.retry')}
        </Button>
        <Button variant={completion.passed ? 'primary' : 'secondary'} onClick={onExit}>
          {t('training.backToCatalogue')}
        </Button>
      </div>
    </div>
  );
}

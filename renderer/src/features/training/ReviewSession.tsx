import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepResponse } from '../../../../shared/domain/training-answers';
import type { Session } from '../../auth/session';
import { Button, EmptyState, Notice, ProgressBar } from '../../ui';
import { QuestionStep, type GivenAnswer } from './QuestionStep';
import { answerReview, listDueReview, type ReviewCard } from './training.repo';

/**
 * Today's short review: questions that are due come back one at a time. Right answers wait longer next
 * time; missed ones come back tomorrow.
 */
export function ReviewSession({
  session,
  onExit,
}: {
  readonly session: Session;
  readonly onExit: () => void;
}) {
  const { t } = useTranslation();
  const [cards, setCards] = useState<readonly ReviewCard[] | null>(null);
  const [index, setIndex] = useState(0);
  const [given, setGiven] = useState<GivenAnswer | null>(null);
  const [correctCount, setCorrectCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void listDueReview(session).then(setCards);
  }, [session]);
  useEffect(() => {
    headingRef.current?.focus();
  }, [index, cards]);

  if (cards === null) return <p className="muted">{t('app.loading')}</p>;
  if (cards.length === 0) {
    return (
      <div className="stack">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('training.review.title')}
        </h1>
        <EmptyState title={t('training.review.nothingDue')}>
          <p>{t('training.review.nothingDueBody')}</p>
        </EmptyState>
        <div className="row">
          <Button onClick={onExit}>{t('training.backToCatalogue')}</Button>
        </div>
      </div>
    );
  }

  const card = cards[index];
  if (!card) {
    return (
      <div className="stack">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('training.review.doneTitle')}
        </h1>
        <div className="card">
          <p className="result__figure">
            {t('training.review.doneScore', { correct: correctCount, total: cards.length })}
          </p>
          <p>{t('training.review.doneBody')}</p>
        </div>
        <div className="row">
          <Button variant="primary" onClick={onExit}>
            {t('training.backToCatalogue')}
          </Button>
        </div>
      </div>
    );
  }

  async function submit(response: StepResponse) {
    if (!card) return;
    const outcome = await answerReview(session, card.moduleId, card.step.id, response);
    if (!outcome.ok) {
      setError(outcome.problems[0]?.message ?? 'errors.unexpected');
      return;
    }
    setError(null);
    setGiven({ response, isCorrect: outcome.value.isCorrect });
    if (outcome.value.isCorrect) setCorrectCount((count) => count + 1);
  }

  return (
    <div className="player">
      <header className="player__header">
        <div className="row player__title-row">
          <p className="player__module">{t('training.review.title')}</p>
          <Button variant="ghost" onClick={onExit}>
            {t('training.review.stop')}
          </Button>
        </div>
        <ProgressBar value={index + 1} max={cards.length} label={t('training.progressLabel')} />
        <p className="muted player__step-count">
          {t('training.review.cardOf', { current: index + 1, total: cards.length })} · {card.moduleTitle}
        </p>
      </header>
      <div className="player__body card">
        <h1 ref={headingRef} tabIndex={-1} className="visually-hidden">
          {t('training.review.cardHeading', { current: index + 1, total: cards.length })}
        </h1>
        {error ? <Notice tone="error">{t(error)}</Notice> : null}
        <QuestionStep
          key={`${card.moduleId}-${card.step.id}-${given ? 'answered' : 'open'}`}
          question={card.step}
          given={given}
          shuffleSeed={`${session.personId}:${card.moduleId}:${card.step.id}:review:${String(card.box)}`}
          onSubmit={submit}
        />
      </div>
      <nav className="player__nav" aria-label={t('training.stepNavigation')}>
        <span />
        <Button
          variant="primary"
          disabled={given === null}
          onClick={() => {
            setGiven(null);
            setIndex(index + 1);
          }}
        >
          {index === cards.length - 1 ? t('training.review.finish') : t('training.next')}
        </Button>
      </nav>
    </div>
  );
}

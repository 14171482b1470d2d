import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  MultipleChoiceItem,
  OrderingItem,
  SingleChoiceItem,
} from '../../../../shared/content/pack-schema';
import type { StepResponse } from '../../../../shared/domain/training-answers';
import { Button, Notice } from '../../ui';
import { seededShuffle } from './shuffle';

/** A question that can appear in a module and in review. */
export type Question = SingleChoiceItem | MultipleChoiceItem | OrderingItem;

/** The answer already given, if any. */
export interface GivenAnswer {
  readonly response: StepResponse;
  readonly isCorrect: boolean;
}

/**
 * One question: answer it, check it, and read why each option is right or wrong.
 *
 * Once answered it is shown read-only with the explanations, so going back never changes an answer.
 */
export function QuestionStep({
  question,
  given,
  shuffleSeed,
  onSubmit,
}: {
  readonly question: Question;
  readonly given: GivenAnswer | null;
  readonly shuffleSeed: string;
  readonly onSubmit: (response: StepResponse) => Promise<void>;
}) {
  const { t } = useTranslation();
  const promptId = useId();
  const [isSaving, setIsSaving] = useState(false);

  async function submit(response: StepResponse) {
    setIsSaving(true);
    try {
      await onSubmit(response);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <section className="question" aria-labelledby={promptId}>
      <p className="question__kind">{t(`training.questionKind.${question.type}`)}</p>
      <h2 id={promptId} className="question__prompt">
        {question.prompt}
      </h2>
      {question.type === 'ordering' ? (
        <OrderingQuestion
          question={question}
          given={given}
          seed={shuffleSeed}
          isSaving={isSaving}
          onSubmit={submit}
        />
      ) : (
        <ChoiceQuestion
          question={question}
          given={given}
          seed={shuffleSeed}
          isSaving={isSaving}
          onSubmit={submit}
          promptId={promptId}
        />
      )}
    </section>
  );
}

function ResultBanner({ isCorrect }: { readonly isCorrect: boolean }) {
  const { t } = useTranslation();
  return (
    <Notice
      tone={isCorrect ? 'success' : 'warning'}
      title={isCorrect ? t('training.correct') : t('training.notQuite')}
    >
      {isCorrect ? null : <p>{t('training.notQuiteHint')}</p>}
    </Notice>
  );
}

function ChoiceQuestion({
  question,
  given,
  seed,
  isSaving,
  onSubmit,
  promptId,
}: {
  readonly question: SingleChoiceItem | MultipleChoiceItem;
  readonly given: GivenAnswer | null;
  readonly seed: string;
  readonly isSaving: boolean;
  readonly onSubmit: (response: StepResponse) => Promise<void>;
  readonly promptId: string;
}) {
  const { t } = useTranslation();
  const isMultiple = question.type === 'multiple-choice';
  const givenIds =
    given?.response.type === 'single-choice'
      ? [given.response.optionId]
      : given?.response.type === 'multiple-choice'
        ? given.response.optionIds
        : [];
  const [selected, setSelected] = useState<readonly string[]>(givenIds);
  const correctIds = isMultiple ? question.correct : [question.correct];
  const isAnswered = given !== null;
  const name = `${question.id}-options`;
  // Authors tend to put the right answer first; the learner sees the options in a stable shuffled order.
  const options = useMemo(() => seededShuffle(question.options, seed), [question.options, seed]);

  function toggle(optionId: string) {
    if (isAnswered) return;
    setSelected((current) =>
      isMultiple
        ? current.includes(optionId)
          ? current.filter((id) => id !== optionId)
          : [...current, optionId]
        : [optionId],
    );
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (isAnswered || selected.length === 0) return;
        void onSubmit(
          isMultiple
            ? { type: 'multiple-choice', optionIds: selected }
            : { type: 'single-choice', optionId: selected[0] ?? '' },
        );
      }}
    >
      <fieldset
        className="options"
        aria-labelledby={promptId}
        aria-describedby={isMultiple ? `${name}-hint` : undefined}
      >
        {isMultiple ? (
          <p id={`${name}-hint`} className="muted">
            {t('training.chooseAll')}
          </p>
        ) : null}
        {options.map((option) => {
          const isChosen = selected.includes(option.id);
          const isRight = correctIds.includes(option.id);
          const verdict = isAnswered ? (isRight ? 'right' : isChosen ? 'wrong' : 'neutral') : 'open';
          return (
            <div key={option.id} className={`option option--${verdict}`}>
              <label className="option__label">
                <input
                  type={isMultiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={option.id}
                  checked={isChosen}
                  disabled={isAnswered}
                  onChange={() => toggle(option.id)}
                />
                <span>{option.text}</span>
                {isAnswered && (isRight || isChosen) ? (
                  <span className="option__verdict">
                    {isRight ? t('training.verdict.correctAnswer') : t('training.verdict.yourAnswer')}
                  </span>
                ) : null}
              </label>
              {isAnswered && (isChosen || isRight) ? (
                <p className="option__explanation">{option.explanation}</p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {given ? (
        <ResultBanner isCorrect={given.isCorrect} />
      ) : (
        <div className="row">
          <Button type="submit" variant="primary" disabled={isSaving || selected.length === 0}>
            {t('training.check')}
          </Button>
        </div>
      )}
    </form>
  );
}

function OrderingQuestion({
  question,
  given,
  seed,
  isSaving,
  onSubmit,
}: {
  readonly question: OrderingItem;
  readonly given: GivenAnswer | null;
  readonly seed: string;
  readonly isSaving: boolean;
  readonly onSubmit: (response: StepResponse) => Promise<void>;
}) {
  const { t } = useTranslation();
  const textById = new Map(question.entries.map((entry) => [entry.id, entry.text]));
  const [order, setOrder] = useState<readonly string[]>(() =>
    given?.response.type === 'ordering'
      ? given.response.entryIds
      : seededShuffle(
          question.entries.map((entry) => entry.id),
          seed,
        ),
  );
  const [announcement, setAnnouncement] = useState('');
  const isAnswered = given !== null;

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target] ?? '', next[index] ?? ''];
    setOrder(next);
    setAnnouncement(
      t('training.ordering.moved', { item: textById.get(next[target] ?? '') ?? '', position: target + 1 }),
    );
  }

  return (
    <div className="stack">
      <p className="muted">{t('training.ordering.hint')}</p>
      <ol className="ordering">
        {order.map((entryId, index) => {
          const text = textById.get(entryId) ?? entryId;
          const isInPlace = question.entries[index]?.id === entryId;
          return (
            <li
              key={entryId}
              className={`ordering__entry${isAnswered ? (isInPlace ? ' option--right' : ' option--wrong') : ''}`}
            >
              <span className="ordering__position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ordering__text">{text}</span>
              {isAnswered ? (
                <span className="option__verdict">
                  {isInPlace ? t('training.ordering.inPlace') : t('training.ordering.outOfPlace')}
                </span>
              ) : (
                <span className="ordering__moves">
                  <Button
                    onClick={() => move(index, -1)}
                    disabled={index === 0}
                    aria-label={t('training.ordering.moveUp', { item: text })}
                  >
                    ↑
                  </Button>
                  <Button
                    onClick={() => move(index, 1)}
                    disabled={index === order.length - 1}
                    aria-label={t('training.ordering.moveDown', { item: text })}
                  >
                    ↓
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {given ? (
        <>
          <ResultBanner isCorrect={given.isCorrect} />
          {!given.isCorrect ? (
            <div className="card card--flat">
              <h3>{t('training.ordering.correctOrder')}</h3>
              <ol>
                {question.entries.map((entry) => (
                  <li key={entry.id}>{entry.text}</li>
                ))}
              </ol>
            </div>
          ) : null}
          <p className="option__explanation">{question.explanation}</p>
        </>
      ) : (
        <div className="row">
          <Button
            variant="primary"
            disabled={isSaving}
            onClick={() => void onSubmit({ type: 'ordering', entryIds: order })}
          >
            {t('training.check')}
          </Button>
        </div>
      )}
    </div>
  );
}

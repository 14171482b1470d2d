import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHECK_IN_MOMENTS,
  CHECK_IN_TAGS,
  NOTE_MAX_LENGTH,
  type CheckInMoment,
  type CheckInRecord,
  type CheckInTag,
} from '../../../../shared/domain/check-in';
import { STRESSOR_IDS, type Rating, type StressorId } from '../../../../shared/domain/stressors';
import type { Session } from '../../auth/session';
import { Button, Notice } from '../../ui';
import { recordCheckIn } from './check-ins.repo';
import { RatingScale } from './RatingScale';

type Answers = Partial<Record<StressorId | 'energy', Rating>>;

/** The 30-second check-in: five stressor items, energy, optional tags and an optional private note. */
export function CheckInForm({
  session,
  defaultMoment,
  onSaved,
}: {
  readonly session: Session;
  readonly defaultMoment: CheckInMoment;
  readonly onSaved: (record: CheckInRecord) => void;
}) {
  const { t } = useTranslation();
  const [moment, setMoment] = useState<CheckInMoment>(defaultMoment);
  const [answers, setAnswers] = useState<Answers>({});
  const [tags, setTags] = useState<readonly CheckInTag[]>([]);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const items = [...STRESSOR_IDS, 'energy'] as const;
  const isComplete = items.every((item) => answers[item] !== undefined);

  async function save() {
    if (!isComplete) {
      setProblem('checkIns.answerAll');
      return;
    }
    const ratings = Object.fromEntries(STRESSOR_IDS.map((id) => [id, answers[id] ?? 3])) as Record<
      StressorId,
      Rating
    >;
    setIsSaving(true);
    const outcome = await recordCheckIn(session, {
      moment,
      ratings,
      energy: answers.energy ?? 3,
      tags: [...tags],
      note,
    });
    setIsSaving(false);
    if (!outcome.ok) {
      setProblem(outcome.problems[0]?.message ?? 'errors.unexpected');
      return;
    }
    setProblem(null);
    onSaved(outcome.value);
  }

  return (
    <form
      className="check-in stack"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <fieldset className="segmented">
        <legend className="scale__question">{t('checkIns.moment.legend')}</legend>
        {CHECK_IN_MOMENTS.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name="moment"
              value={option}
              checked={moment === option}
              onChange={() => setMoment(option)}
            />
            <span>{t(`checkIns.moment.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {items.map((item) => (
        <RatingScale
          key={item}
          question={t(`checkIns.items.${item}.question`)}
          lowLabel={t(`checkIns.items.${item}.low`)}
          highLabel={t(`checkIns.items.${item}.high`)}
          value={answers[item] ?? null}
          onChange={(rating) => setAnswers((current) => ({ ...current, [item]: rating }))}
        />
      ))}
      <fieldset className="tags">
        <legend className="scale__question">{t('checkIns.tags.legend')}</legend>
        <div className="tags__list">
          {CHECK_IN_TAGS.map((tag) => (
            <label key={tag} className="tag">
              <input
                type="checkbox"
                checked={tags.includes(tag)}
                onChange={() =>
                  setTags((current) =>
                    current.includes(tag) ? current.filter((x) => x !== tag) : [...current, tag],
                  )
                }
              />
              <span>{t(`checkIns.tags.${tag}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="check-in-note">
          {t('checkIns.note.label')}
        </label>
        <p id="check-in-note-hint" className="field__description">
          {t('checkIns.note.hint')}
        </p>
        <textarea
          id="check-in-note"
          className="field__input check-in__note"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          aria-describedby="check-in-note-hint"
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {problem ? <Notice tone="error">{t(problem)}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? t('checkIns.saving') : t('checkIns.save')}
        </Button>
      </div>
    </form>
  );
}

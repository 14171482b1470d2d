import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReflectionStep as Reflection } from '../../../../shared/content/pack-schema';
import type { StepResponse } from '../../../../shared/domain/training-answers';
import { Button, Notice } from '../../ui';

/** A private reflection: optional, unscored, never shown to anyone else or exported. */
export function ReflectionStep({
  step,
  savedText,
  onSave,
}: {
  readonly step: Reflection;
  readonly savedText: string;
  readonly onSave: (response: StepResponse) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(savedText);
  const [isSaved, setIsSaved] = useState(false);
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <p className="question__kind">{t('training.questionKind.reflection')}</p>
      <h2 id={`${id}-heading`}>{step.prompt}</h2>
      <p className="muted" id={`${id}-privacy`}>
        {t('training.reflection.privacy')}
      </p>
      <label className="field__label" htmlFor={`${id}-text`}>
        {t('training.reflection.label')}
      </label>
      <textarea
        id={`${id}-text`}
        className="field__input reflection__text"
        rows={5}
        maxLength={4000}
        value={text}
        aria-describedby={`${id}-privacy`}
        onChange={(event) => {
          setText(event.target.value);
          setIsSaved(false);
        }}
      />
      <div className="row">
        <Button
          disabled={text.trim().length === 0}
          onClick={() =>
            void onSave({ type: 'reflection', text: text.trim() }).then(() => {
              setIsSaved(true);
            })
          }
        >
          {t('training.reflection.save')}
        </Button>
      </div>
      {isSaved ? <Notice tone="success">{t('training.reflection.saved')}</Notice> : null}
    </section>
  );
}

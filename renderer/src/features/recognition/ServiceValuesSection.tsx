import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import type { Session } from '../../auth/session';
import { problemText, problemTextAt } from './problem-text';
import { Button, Notice, TextField } from '../../ui';
import {
  archiveServiceValue,
  listServiceValues,
  restoreServiceValue,
  saveServiceValue,
  type ServiceValue,
} from './recognition.repo';

type Feedback = { readonly tone: 'success' | 'error'; readonly text: string } | null;

/** Admins: add service values, rename and describe them, archive and restore them. */
export function ServiceValuesSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const archivedHeadingId = useId();
  const values = useLiveQuery(() => listServiceValues(session, { includeArchived: true }), [session]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const active = (values ?? []).filter((value) => !value.isArchived);
  const archived = (values ?? []).filter((value) => value.isArchived);

  function report(outcome: { ok: true } | { ok: false; problems: readonly Problem[] }, success: string) {
    const problem = outcome.ok ? null : outcome.problems[0];
    setFeedback(
      problem ? { tone: 'error', text: problemText(t, problem) } : { tone: 'success', text: success },
    );
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.values.title')}</h2>
      <p className="muted">{t('recognition.values.intro')}</p>
      {feedback ? <Notice tone={feedback.tone}>{feedback.text}</Notice> : null}
      <ul className="recognition-value-admin" aria-labelledby={headingId}>
        {active.map((value) => (
          <li key={value.id} className="recognition-value-admin__item">
            {editingId === value.id ? (
              <ValueForm
                session={session}
                value={value}
                onDone={(text) => {
                  setEditingId(null);
                  setFeedback({ tone: 'success', text });
                }}
                onCancel={() => setEditingId(null)}
              />
            ) : (
              <>
                <div className="recognition-value-admin__text">
                  <h3>{value.label}</h3>
                  {value.description ? <p>{value.description}</p> : null}
                </div>
                <div className="row">
                  <Button
                    aria-label={t('recognition.values.editLabel', { label: value.label })}
                    onClick={() => {
                      setFeedback(null);
                      setEditingId(value.id);
                    }}
                  >
                    {t('recognition.values.edit')}
                  </Button>
                  <Button
                    variant="danger"
                    aria-label={t('recognition.values.archiveLabel', { label: value.label })}
                    onClick={() =>
                      void archiveServiceValue(session, value.id).then((outcome) =>
                        report(outcome, t('recognition.values.archived', { label: value.label })),
                      )
                    }
                  >
                    {t('recognition.values.archive')}
                  </Button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="recognition-value-admin__add stack">
        <h3>{t('recognition.values.addTitle')}</h3>
        <ValueForm
          key={active.length}
          session={session}
          value={null}
          onDone={(text) => setFeedback({ tone: 'success', text })}
          onCancel={null}
        />
      </div>
      {archived.length > 0 ? (
        <div className="stack">
          <h3 id={archivedHeadingId}>{t('recognition.values.archivedTitle')}</h3>
          <ul className="recognition-value-admin" aria-labelledby={archivedHeadingId}>
            {archived.map((value) => (
              <li key={value.id} className="recognition-value-admin__item">
                <div className="recognition-value-admin__text">
                  <p className="recognition-value-admin__archived-label">{value.label}</p>
                </div>
                <Button
                  aria-label={t('recognition.values.restoreLabel', { label: value.label })}
                  onClick={() =>
                    void restoreServiceValue(session, value.id).then((outcome) =>
                      report(outcome, t('recognition.values.restored', { label: value.label })),
                    )
                  }
                >
                  {t('recognition.values.restore')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The form to add a value (`value` null) or to rename and describe one. */
function ValueForm({
  session,
  value,
  onDone,
  onCancel,
}: {
  readonly session: Session;
  readonly value: ServiceValue | null;
  readonly onDone: (message: string) => void;
  readonly onCancel: (() => void) | null;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(value?.label ?? '');
  const [description, setDescription] = useState(value?.description ?? '');
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const errorFor = (where: string) => problemTextAt(t, problems, where);
  const other = problems.find((problem) => problem.where !== 'label' && problem.where !== 'description');
  return (
    <form
      className="recognition-value-form stack"
      aria-label={
        value ? t('recognition.values.editLabel', { label: value.label }) : t('recognition.values.addTitle')
      }
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void saveServiceValue(session, { ...(value ? { id: value.id } : {}), label, description }).then(
          (outcome) => {
            if (!outcome.ok) {
              setProblems(outcome.problems);
              return;
            }
            setProblems([]);
            const saved = label.trim().replace(/\s+/g, ' ');
            onDone(t(value ? 'recognition.values.saved' : 'recognition.values.added', { label: saved }));
          },
        );
      }}
    >
      {other ? <Notice tone="error">{problemText(t, other)}</Notice> : null}
      <TextField
        label={t('recognition.values.label')}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        error={errorFor('label')}
      />
      <TextField
        label={t('recognition.values.description')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errorFor('description')}
      />
      <div className="row">
        <Button
          type="submit"
          variant="primary"
          aria-label={value ? t('recognition.values.saveLabel', { label: value.label }) : undefined}
        >
          {value ? t('recognition.values.save') : t('recognition.values.add')}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('recognition.values.cancel')}</Button> : null}
      </div>
    </form>
  );
}

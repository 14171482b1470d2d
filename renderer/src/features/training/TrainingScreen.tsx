import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, EmptyState, Notice } from '../../ui';
import { BundledModulesReady } from './BundledModulesReady';
import { ModulePlayer } from './ModulePlayer';
import { ReviewSession } from './ReviewSession';
import { listCatalogue, type CatalogueEntry } from './training.repo';
import { useTrainingStore } from './training.store';
import './training.css';

/** The learner's training: catalogue, the module player and the daily review, for the signed-in person. */
export function TrainingScreen({ session }: { readonly session: Session }) {
  return (
    <BundledModulesReady>
      <TrainingView session={session} />
    </BundledModulesReady>
  );
}

function TrainingView({ session }: { readonly session: Session }) {
  const view = useTrainingStore((state) => state.view);
  const showCatalogue = useTrainingStore((state) => state.showCatalogue);
  switch (view.kind) {
    case 'player':
      return (
        <ModulePlayer key={view.moduleId} session={session} moduleId={view.moduleId} onExit={showCatalogue} />
      );
    case 'review':
      return <ReviewSession session={session} onExit={showCatalogue} />;
    case 'catalogue':
      return <Catalogue session={session} />;
  }
}

function formatDate(time: number, language: string): string {
  return new Date(time).toLocaleDateString(language, { day: 'numeric', month: 'short', year: 'numeric' });
}

function Catalogue({ session }: { readonly session: Session }) {
  const { t, i18n } = useTranslation();
  const openReview = useTrainingStore((state) => state.openReview);
  const catalogue = useLiveQuery(() => listCatalogue(session), [session]);
  if (catalogue === undefined) return <p className="muted">{t('app.loading')}</p>;

  const reviewDue = catalogue.reduce((sum, entry) => sum + entry.reviewDue, 0);
  const toDo = catalogue
    .filter((entry) => entry.status === 'in-progress' || (entry.dueAt !== null && entry.status !== 'passed'))
    .sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
  const completed = catalogue.filter((entry) => entry.status === 'passed').length;

  return (
    <div className="stack training">
      <h1>{t('training.title')}</h1>
      <p className="muted">{t('training.summary', { completed, total: catalogue.length })}</p>
      <section className="card review-banner" aria-labelledby="review-heading">
        <div>
          <h2 id="review-heading">{t('training.review.title')}</h2>
          <p>
            {reviewDue > 0 ? t('training.review.due', { count: reviewDue }) : t('training.review.noneToday')}
          </p>
        </div>
        {reviewDue > 0 ? (
          <Button variant="primary" onClick={openReview}>
            {t('training.review.start')}
          </Button>
        ) : null}
      </section>
      <section aria-labelledby="todo-heading" className="stack">
        <h2 id="todo-heading">{t('training.toDo')}</h2>
        {toDo.length === 0 ? (
          <EmptyState title={t('training.nothingToDo')} />
        ) : (
          <ul className="module-grid" aria-labelledby="todo-heading">
            {toDo.map((entry) => (
              <li key={entry.moduleId}>
                <ModuleCard entry={entry} language={i18n.language} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="all-heading" className="stack">
        <h2 id="all-heading">{t('training.allModules')}</h2>
        <ul className="module-grid" aria-labelledby="all-heading">
          {catalogue.map((entry) => (
            <li key={entry.moduleId}>
              <ModuleCard entry={entry} language={i18n.language} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function statusText(entry: CatalogueEntry, t: TFunction): string {
  switch (entry.status) {
    case 'in-progress':
      return t('training.status.inProgress', { current: (entry.stepIndex ?? 0) + 1, total: entry.stepCount });
    case 'passed':
      return t('training.status.passed', { percent: entry.lastCompletion?.scorePercent ?? 0 });
    case 'failed':
      return t('training.status.failed', { percent: entry.lastCompletion?.scorePercent ?? 0 });
    case 'not-started':
      return t('training.status.notStarted');
  }
}

function ModuleCard({ entry, language }: { readonly entry: CatalogueEntry; readonly language: string }) {
  const { t } = useTranslation();
  const openModule = useTrainingStore((state) => state.openModule);
  const action =
    entry.status === 'in-progress'
      ? t('training.action.resume')
      : entry.status === 'not-started'
        ? t('training.action.start')
        : t('training.action.retake');
  const headingId = `module-${entry.moduleId}`;
  return (
    <article className={`module-card module-card--${entry.status}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="module-card__title">
        {entry.title}
      </h3>
      <p className="module-card__meta">
        {t('training.minutes', { count: entry.estimatedMinutes })}
        {entry.audience === 'supervisors' ? ` · ${t('training.forSupervisors')}` : ''}
      </p>
      <p className="module-card__summary">{entry.summary}</p>
      <p className={`status-badge status-badge--${entry.status}`}>{statusText(entry, t)}</p>
      {entry.isMastered ? (
        <p className="status-badge status-badge--mastered">{t('training.status.mastered')}</p>
      ) : null}
      {entry.dueAt !== null && entry.status !== 'passed' ? (
        entry.isOverdue ? (
          <Notice tone="error">{t('training.overdue', { date: formatDate(entry.dueAt, language) })}</Notice>
        ) : (
          <p className="module-card__due">{t('training.due', { date: formatDate(entry.dueAt, language) })}</p>
        )
      ) : null}
      <Button
        variant={entry.status === 'passed' ? 'secondary' : 'primary'}
        onClick={() => openModule(entry.moduleId)}
        aria-label={`${action}: ${entry.title}`}
      >
        {action}
      </Button>
    </article>
  );
}

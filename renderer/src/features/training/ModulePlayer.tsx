import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '../../../../shared/content/pack-schema';
import type { StepResponse } from '../../../../shared/domain/training-answers';
import type { Session } from '../../auth/session';
import type { CompletionRow, ProgressRow } from './training.repo';
import { Button, Notice, ProgressBar } from '../../ui';
import { Markdown } from '../../ui/Markdown';
import { QuestionStep } from './QuestionStep';
import { ReflectionStep } from './ReflectionStep';
import { ResultView } from './ResultView';
import { ScenarioStep } from './ScenarioStep';
import {
  answerStep,
  finishAttempt,
  getPlayerState,
  moveToStep,
  startAttempt,
  type PlayerState,
} from './training.repo';

type Loaded = { readonly state: PlayerState; readonly progress: ProgressRow };

/** Whether the learner has done what a step needs before moving on. */
function isStepDone(step: Step, progress: ProgressRow): boolean {
  if (step.type === 'lesson' || step.type === 'reflection') return true;
  return progress.answers[step.id] !== undefined;
}

/**
 * Take a module, one step at a time. Every answer and every move is saved at once, so signing out, the
 * screen locking or the app closing resumes on the same step.
 */
export function ModulePlayer({
  session,
  moduleId,
  onExit,
}: {
  readonly session: Session;
  readonly moduleId: string;
  readonly onExit: () => void;
}) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [completion, setCompletion] = useState<CompletionRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const [attemptKey, setAttemptKey] = useState(0);

  useEffect(() => {
    const run = { isCurrent: true };
    void (async () => {
      const state = await getPlayerState(session, moduleId);
      const started = state ? await startAttempt(session, moduleId) : null;
      if (!run.isCurrent) return;
      if (!state || !started) {
        setError('errors.not-found');
      } else if (!started.ok) {
        setError(started.problems[0]?.message ?? 'errors.unexpected');
      } else {
        setCompletion(null);
        setLoaded({ state, progress: started.value });
      }
    })();
    return () => {
      run.isCurrent = false;
    };
  }, [session, moduleId, attemptKey]);

  const stepIndex = loaded?.progress.stepIndex ?? 0;
  useEffect(() => {
    headingRef.current?.focus();
  }, [stepIndex, completion]);

  if (error) {
    return (
      <div className="stack">
        <Notice tone="error">{t(error)}</Notice>
        <div className="row">
          <Button onClick={onExit}>{t('training.backToCatalogue')}</Button>
        </div>
      </div>
    );
  }
  if (!loaded) return <p className="muted">{t('app.loading')}</p>;

  const { manifest, lessons } = loaded.state.pack;
  if (completion) {
    return (
      <ResultView
        headingRef={headingRef}
        manifest={manifest}
        completion={completion}
        onRetry={() => setAttemptKey((key) => key + 1)}
        onExit={onExit}
      />
    );
  }

  const { progress } = loaded;
  const steps = manifest.steps;
  const step = steps[stepIndex] ?? steps[0];
  if (!step) return null;
  const isLast = stepIndex === steps.length - 1;
  const canContinue = isStepDone(step, progress);

  async function goTo(index: number) {
    const moved = await moveToStep(session, moduleId, index);
    if (!moved.ok) {
      setError(moved.problems[0]?.message ?? 'errors.unexpected');
      return;
    }
    setLoaded((current) =>
      current ? { ...current, progress: { ...current.progress, stepIndex: moved.value } } : current,
    );
  }

  async function submit(response: StepResponse) {
    if (!step) return;
    const outcome = await answerStep(session, moduleId, step.id, response);
    if (!outcome.ok) {
      setError(outcome.problems[0]?.message ?? 'errors.unexpected');
      return;
    }
    setLoaded((current) =>
      current
        ? {
            ...current,
            progress: {
              ...current.progress,
              answers: {
                ...current.progress.answers,
                [step.id]: {
                  response: outcome.value.response,
                  isCorrect: outcome.value.isCorrect,
                  answeredAt: Date.now(),
                },
              },
            },
          }
        : current,
    );
  }

  async function finish() {
    const outcome = await finishAttempt(session, moduleId);
    if (!outcome.ok) {
      setError(outcome.problems[0]?.message ?? 'errors.unexpected');
      return;
    }
    setCompletion(outcome.value);
  }

  const given = progress.answers[step.id];
  return (
    <div className="player">
      <header className="player__header">
        <div className="row player__title-row">
          <p className="player__module">{manifest.title}</p>
          <Button variant="ghost" onClick={onExit}>
            {t('training.saveAndExit')}
          </Button>
        </div>
        <ProgressBar value={stepIndex + 1} max={steps.length} label={t('training.progressLabel')} />
        <p className="muted player__step-count">
          {t('training.stepOf', { current: stepIndex + 1, total: steps.length })}
          {progress.attempt > 1 ? ` · ${t('training.attempt', { count: progress.attempt })}` : ''}
        </p>
      </header>
      <div className="player__body card">
        <h1 ref={headingRef} tabIndex={-1} className="visually-hidden">
          {t('training.stepHeading', { current: stepIndex + 1, total: steps.length, module: manifest.title })}
        </h1>
        {step.type === 'lesson' ? (
          <article>
            <h2>{step.title}</h2>
            <Markdown source={lessons[step.file] ?? ''} />
          </article>
        ) : step.type === 'reflection' ? (
          <ReflectionStep
            key={step.id}
            step={step}
            savedText={given?.response.type === 'reflection' ? given.response.text : ''}
            onSave={submit}
          />
        ) : step.type === 'scenario' ? (
          <ScenarioStep
            key={step.id}
            scenario={step}
            givenPath={given?.response.type === 'scenario' ? given.response.choiceIds : null}
            shuffleSeed={`${session.personId}:${moduleId}:${step.id}:${String(progress.attempt)}`}
            onComplete={submit}
          />
        ) : (
          <QuestionStep
            key={`${step.id}-${given ? 'answered' : 'open'}`}
            question={step}
            given={
              given && given.isCorrect !== null
                ? { response: given.response, isCorrect: given.isCorrect }
                : null
            }
            shuffleSeed={`${session.personId}:${moduleId}:${step.id}:${progress.attempt}`}
            onSubmit={submit}
          />
        )}
      </div>
      <nav className="player__nav" aria-label={t('training.stepNavigation')}>
        <Button onClick={() => void goTo(stepIndex - 1)} disabled={stepIndex === 0}>
          {t('training.previous')}
        </Button>
        {isLast ? (
          <Button variant="primary" onClick={() => void finish()} disabled={!canContinue}>
            {t('training.finish')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => void goTo(stepIndex + 1)} disabled={!canContinue}>
            {t('training.next')}
          </Button>
        )}
      </nav>
      {!canContinue ? <p className="muted player__hint">{t('training.answerToContinue')}</p> : null}
    </div>
  );
}

import { useRef, useState } from 'react';
import type { Outcome } from '../../../../shared/domain/outcome';
import { groupProblems, type ProblemsByField } from './problems';

/** What a form needs to run one repository write at a time. */
export interface FormAction {
  /** Problems from the last attempt, by field, as i18n keys. */
  readonly problems: ProblemsByField;
  /** The problem that belongs to the whole form rather than one field, if any. */
  readonly formProblem: string | undefined;
  readonly isSaving: boolean;
  /** Show a problem found before calling the repository, e.g. a confirmation that does not match. */
  readonly showProblems: (problems: ProblemsByField) => void;
  /** Run the write; resolves to its outcome, or null if a write was already running. */
  readonly run: <T>(write: () => Promise<Outcome<T>>) => Promise<Outcome<T> | null>;
}

/**
 * Run a repository write for a form: one at a time, with its problems kept per field.
 *
 * The form's own state is never touched here, so whatever the person typed stays on screen when a save
 * fails. A write that throws (a revoked session, a bug) becomes the `errors.unexpected` form problem.
 */
export function useFormAction(): FormAction {
  const [problems, setProblems] = useState<ProblemsByField>({});
  const [isSaving, setIsSaving] = useState(false);
  const isRunning = useRef(false);

  async function run<T>(write: () => Promise<Outcome<T>>): Promise<Outcome<T> | null> {
    if (isRunning.current) return null;
    isRunning.current = true;
    setIsSaving(true);
    let outcome: Outcome<T>;
    try {
      outcome = await write();
    } catch (error) {
      console.error('A form write failed unexpectedly', error);
      outcome = { ok: false, problems: [{ where: 'form', message: 'errors.unexpected' }] };
    }
    isRunning.current = false;
    setIsSaving(false);
    setProblems(outcome.ok ? {} : groupProblems(outcome.problems));
    return outcome;
  }

  return {
    problems,
    formProblem: problems.form ?? problems.storage,
    isSaving,
    showProblems: setProblems,
    run,
  };
}

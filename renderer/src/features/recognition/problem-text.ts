/** Turning repository problems into the words a person reads. */
import type { TFunction } from 'i18next';
import type { Problem } from '../../../../shared/domain/outcome';

/** The translated message of a problem, with its interpolation values (counts pick the plural form). */
export function problemText(t: TFunction, problem: Problem): string {
  return t(problem.message, { ...problem.values });
}

/** The translated message of the first problem at `where`, or undefined when there is none. */
export function problemTextAt(t: TFunction, problems: readonly Problem[], where: string): string | undefined {
  const problem = problems.find((item) => item.where === where);
  return problem ? problemText(t, problem) : undefined;
}

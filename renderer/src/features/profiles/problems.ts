/** Turning outcome problems into per-field messages for a form. */
import type { Problem } from '../../../../shared/domain/outcome';

/** Problems grouped by the field they belong to (`form` and `storage` for the whole form). */
export type ProblemsByField = Readonly<Record<string, string | undefined>>;

/** Keep the first problem per field, as an i18n key. */
export function groupProblems(problems: readonly Problem[]): ProblemsByField {
  const grouped: Record<string, string> = {};
  for (const problem of problems) grouped[problem.where] ??= problem.message;
  return grouped;
}

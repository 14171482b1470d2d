/** Mapping validation and storage errors of the profiles feature to outcomes. */
import type { ZodError } from 'zod';
import type { Problem } from '../../../../shared/domain/outcome';
import { checkSecret, type SecretKind } from '../../../../shared/domain/secret-policy';

/** Problems from a zod error, keyed `validation.<code>` for i18n. */
export function problemsFromZod(error: ZodError): Problem[] {
  return error.issues.map((issue) => ({
    where: issue.path.join('.') || 'form',
    message: `validation.${issue.message}`,
  }));
}

/** Problems with a proposed secret, keyed `secret.problem.<code>`. */
export function secretProblems(kind: SecretKind, secret: string, where = 'secret'): Problem[] {
  return checkSecret(kind, secret).map((code) => ({ where, message: `secret.problem.${code}` }));
}

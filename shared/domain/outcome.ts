/**
 * Results at the edges: a value, or the problems that stopped it.
 *
 * `where` names the field or file part at fault; `message` is an i18n key (never raw text), with `values`
 * for interpolation. Nothing is half-done when an outcome is not ok.
 */

/** One reason an operation was refused. */
export interface Problem {
  readonly where: string;
  readonly message: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** Success with a value, or failure with at least one problem. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** A successful outcome. */
export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** A failed outcome with one problem. */
export function fail<T = never>(where: string, message: string, values?: Problem['values']): Outcome<T> {
  return { ok: false, problems: [values ? { where, message, values } : { where, message }] };
}

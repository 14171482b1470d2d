import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

/**
 * A labelled multi-line text field with an optional hint, warning and error, wired for screen readers.
 *
 * Mirrors `ui/Field`'s `TextField`. The warning sits in a polite live region that is always present, so a
 * warning that appears while someone types is announced without taking focus or blocking the form.
 */
export function TextAreaField({
  label,
  description,
  warning,
  error,
  ...textAreaProps
}: Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly warning?: ReactNode;
  readonly error?: ReactNode;
}) {
  const inputId = useId();
  const descriptionId = `${inputId}-description`;
  const warningId = `${inputId}-warning`;
  const errorId = `${inputId}-error`;
  const describedBy =
    [description ? descriptionId : null, warning ? warningId : null, error ? errorId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {description ? (
        <p id={descriptionId} className="field__description">
          {description}
        </p>
      ) : null}
      <textarea
        id={inputId}
        className="field__input coaching-textarea"
        rows={3}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...textAreaProps}
      />
      <div aria-live="polite">
        {warning ? (
          <p id={warningId} className="coaching-warning">
            {warning}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

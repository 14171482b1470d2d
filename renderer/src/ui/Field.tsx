import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import './ui.css';

interface FieldFrameProps {
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly error?: ReactNode;
  readonly children: (ids: {
    inputId: string;
    describedBy: string | undefined;
    isInvalid: boolean;
  }) => ReactNode;
}

function FieldFrame({ label, description, error, children }: FieldFrameProps) {
  const inputId = useId();
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const describedBy =
    [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
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
      {children({ inputId, describedBy, isInvalid: Boolean(error) })}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled text input with optional description and error, wired for screen readers. */
export function TextField({
  label,
  description,
  error,
  ...inputProps
}: Omit<ComponentPropsWithRef<'input'>, 'id'> & {
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly error?: ReactNode;
}) {
  return (
    <FieldFrame label={label} description={description} error={error}>
      {({ inputId, describedBy, isInvalid }) => (
        <input
          id={inputId}
          className="field__input"
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          {...inputProps}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled native select (keyboard and screen-reader friendly by default). */
export function SelectField({
  label,
  description,
  error,
  children,
  ...selectProps
}: Omit<ComponentPropsWithRef<'select'>, 'id'> & {
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly error?: ReactNode;
}) {
  return (
    <FieldFrame label={label} description={description} error={error}>
      {({ inputId, describedBy, isInvalid }) => (
        <select
          id={inputId}
          className="field__input"
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          {...selectProps}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

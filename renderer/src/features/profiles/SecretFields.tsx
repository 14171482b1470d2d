import { useTranslation } from 'react-i18next';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import { TextField } from '../../ui';
import './profiles.css';

/** Input attributes that suit each kind of secret. */
export function secretInputProps(kind: SecretKind) {
  return kind === 'pin'
    ? ({ type: 'password', inputMode: 'numeric', autoComplete: 'off', pattern: '[0-9]*' } as const)
    : ({ type: 'password', autoComplete: 'off' } as const);
}

/** Choose PIN or passphrase, then type it twice. */
export function SecretFields({
  kind,
  onKindChange,
  secret,
  onSecretChange,
  confirmation,
  onConfirmationChange,
  secretError,
  confirmationError,
  variant = 'plain',
}: {
  readonly kind: SecretKind;
  readonly onKindChange: (kind: SecretKind) => void;
  readonly secret: string;
  readonly onSecretChange: (value: string) => void;
  readonly confirmation: string;
  readonly onConfirmationChange: (value: string) => void;
  readonly secretError?: string | undefined;
  readonly confirmationError?: string | undefined;
  /** Which label the secret field gets: "PIN", "New PIN" or "Temporary PIN" (and the passphrase forms). */
  readonly variant?: 'plain' | 'new' | 'temporary';
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="choice-group">
        <legend className="choice-group__legend">{t('secret.kindLegend')}</legend>
        {(['pin', 'passphrase'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="secret-kind"
              value={option}
              checked={kind === option}
              onChange={() => onKindChange(option)}
            />
            <span>{t(`secret.kind.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t(`secret.label.${variant}.${kind}`)}
        description={t(`secret.hint.${kind}`)}
        value={secret}
        onChange={(event) => onSecretChange(event.target.value)}
        error={secretError ? t(secretError) : undefined}
        required
        {...secretInputProps(kind)}
      />
      <TextField
        label={t(`secret.confirm.${kind}`)}
        value={confirmation}
        onChange={(event) => onConfirmationChange(event.target.value)}
        error={confirmationError ? t(confirmationError) : undefined}
        required
        {...secretInputProps(kind)}
      />
    </>
  );
}

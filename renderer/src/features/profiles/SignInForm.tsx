import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import type { Session } from '../../auth/session';
import { Button, Notice, TextField } from '../../ui';
import { signIn, type SignInResult } from './auth.repo';
import { secretInputProps } from './SecretFields';

type Failure = Extract<SignInResult, { ok: false }>;

function useSecondsUntil(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** The PIN or passphrase prompt for one person, with backoff and lock-out messages. */
export function SignInForm({
  personId,
  displayName,
  secretKind,
  submitLabel,
  onSignedIn,
  children,
}: {
  readonly personId: string;
  readonly displayName: string;
  readonly secretKind: SecretKind;
  readonly submitLabel: string;
  readonly onSignedIn: (session: Session, mustChangeSecret: boolean) => void;
  readonly children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState('');
  const [isChecking, setIsChecking] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const retryAt = failure && 'retryAt' in failure ? failure.retryAt : null;
  const secondsLeft = useSecondsUntil(retryAt);
  const isWaiting = secondsLeft > 0;

  useEffect(() => {
    inputRef.current?.focus();
  }, [personId]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isChecking || isWaiting || secret.length === 0) return;
    setIsChecking(true);
    const result = await signIn(personId, secret);
    setIsChecking(false);
    setSecret('');
    if (result.ok) {
      onSignedIn(result.session, result.mustChangeSecret);
      return;
    }
    setFailure(result);
    inputRef.current?.focus();
  }

  // A 'wait' message disappears by itself once the wait is over.
  const message =
    failure && !(failure.reason === 'wait' && !isWaiting) ? failureMessage(failure, secondsLeft, t) : null;
  const isDisabled = failure?.reason === 'disabled' || failure?.reason === 'unknown-person';

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} aria-labelledby={headingId} noValidate>
      <h2 id={headingId}>{t('signIn.forPerson', { name: displayName })}</h2>
      {message ? (
        <Notice tone={failure?.reason === 'wrong-secret' && !isWaiting ? 'warning' : 'error'}>
          {message}
        </Notice>
      ) : null}
      <TextField
        ref={inputRef}
        label={t(`secret.label.plain.${secretKind}`)}
        value={secret}
        onChange={(event) => setSecret(event.target.value)}
        disabled={isDisabled}
        {...secretInputProps(secretKind)}
      />
      <div className="row">
        <Button
          type="submit"
          variant="primary"
          disabled={isChecking || isWaiting || isDisabled || secret.length === 0}
        >
          {isChecking ? t('signIn.checking') : submitLabel}
        </Button>
        {children}
      </div>
    </form>
  );
}

function failureMessage(failure: Failure, secondsLeft: number, t: TFunction): string {
  switch (failure.reason) {
    case 'wrong-secret':
      return secondsLeft > 0
        ? `${t('signIn.wrongSecret')} ${t('signIn.wait', { count: secondsLeft })}`
        : t('signIn.wrongSecret');
    case 'wait':
      return t('signIn.wait', { count: secondsLeft });
    case 'disabled':
      return t('signIn.disabledMessage');
    case 'unknown-person':
      return t('signIn.unknownPerson');
    case 'storage-full':
    case 'storage-error':
      return t(`errors.${failure.reason}`);
  }
}

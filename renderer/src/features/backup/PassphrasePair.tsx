import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import { TextField } from '../../ui';
import { BACKUP_PASSPHRASE_MIN_LENGTH } from './backup.repo';

/** A new backup passphrase typed twice, with the problems that belong to each field. */
export function PassphrasePair({
  labels,
  passphrase,
  confirmation,
  onPassphraseChange,
  onConfirmationChange,
  problems,
}: {
  readonly labels: { readonly passphrase: string; readonly confirmation: string };
  readonly passphrase: string;
  readonly confirmation: string;
  readonly onPassphraseChange: (value: string) => void;
  readonly onConfirmationChange: (value: string) => void;
  readonly problems: readonly Problem[];
}) {
  const { t } = useTranslation();
  const errorFor = (where: string) => {
    const problem = problems.find((candidate) => candidate.where === where);
    return problem ? t(problem.message, problem.values ?? {}) : undefined;
  };
  return (
    <>
      <TextField
        label={labels.passphrase}
        description={t('backup.errors.passphraseTooShort', { min: BACKUP_PASSPHRASE_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => onPassphraseChange(event.target.value)}
        error={errorFor('passphrase')}
        required
      />
      <TextField
        label={labels.confirmation}
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => onConfirmationChange(event.target.value)}
        error={errorFor('confirmation')}
        required
      />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../ui';

/** The warning shown before the idle lock, with a way to stay signed in. */
export function IdleWarningDialog({
  secondsLeft,
  onStay,
  onLockNow,
}: {
  readonly secondsLeft: number | null;
  readonly onStay: () => void;
  readonly onLockNow: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      isOpen={secondsLeft !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) onStay();
      }}
      role="alertdialog"
      title={t('idle.title')}
      description={t('idle.body', { count: secondsLeft ?? 0 })}
    >
      <div className="dialog__actions">
        <Button onClick={onLockNow}>{t('idle.lockNow')}</Button>
        <Button variant="primary" onClick={onStay} autoFocus>
          {t('idle.stay')}
        </Button>
      </div>
    </Dialog>
  );
}

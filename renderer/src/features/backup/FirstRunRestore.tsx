import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { RestoreDialog } from './RestoreDialog';
import './backup.css';

/** On the first-run screen: restore a backup instead of setting up from scratch. */
export function FirstRunRestore() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="stack first-run-restore">
      <p className="muted">{t('backup.firstRunHint')}</p>
      <div className="row">
        <Button onClick={() => setIsOpen(true)}>{t('backup.restoreFirstRun')}</Button>
      </div>
      {isOpen ? (
        // Once restored, the organisation exists and the app moves on to the roster by itself.
        <RestoreDialog
          access={{ kind: 'first-run' }}
          onClose={() => setIsOpen(false)}
          onRestored={() => setIsOpen(false)}
        />
      ) : null}
    </div>
  );
}

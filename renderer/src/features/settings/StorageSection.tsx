import { Suspense, use, useId, useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { askForPersistentStorage, readStorageStatus, type StorageStatus } from './settings.repo';
import './settings.css';

const BYTES_PER_MB = 1_000_000;

/** Whether the browser may clear Shiftwell's data under disk pressure, and how much space it uses. */
export function StorageSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState(() => readStorageStatus());
  const [hasAsked, setHasAsked] = useState(false);
  const [isAsking, startAsking] = useTransition();

  const askAgain = () =>
    startAsking(() => {
      setHasAsked(true);
      setStatus(askForPersistentStorage());
    });

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.storage.heading')}</h2>
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <StorageFacts status={status} hasAsked={hasAsked} isAsking={isAsking} onAskAgain={askAgain} />
      </Suspense>
    </section>
  );
}

function StorageFacts({
  status,
  hasAsked,
  isAsking,
  onAskAgain,
}: {
  readonly status: Promise<StorageStatus>;
  readonly hasAsked: boolean;
  readonly isAsking: boolean;
  readonly onAskAgain: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { isPersisted, usageBytes, quotaBytes } = use(status);
  const megabytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / BYTES_PER_MB);

  return (
    <>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('settings.storage.protection')}</dt>
          <dd>
            {isPersisted === null ? (
              t('settings.storage.unknown')
            ) : (
              <span
                className={
                  isPersisted ? 'storage-state storage-state--ok' : 'storage-state storage-state--at-risk'
                }
              >
                {t(isPersisted ? 'settings.storage.persisted' : 'settings.storage.notPersisted')}
              </span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('settings.storage.usage')}</dt>
          <dd>
            {usageBytes === null || quotaBytes === null
              ? t('settings.storage.usageUnknown')
              : t('settings.storage.usageValue', {
                  used: megabytes(usageBytes),
                  quota: megabytes(quotaBytes),
                })}
          </dd>
        </div>
      </dl>
      {isPersisted === false ? (
        <div className="stack">
          {hasAsked && !isAsking ? <p className="muted">{t('settings.storage.refused')}</p> : null}
          <div className="row">
            <Button onClick={onAskAgain} disabled={isAsking}>
              {isAsking ? t('settings.storage.asking') : t('settings.storage.askAgain')}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}

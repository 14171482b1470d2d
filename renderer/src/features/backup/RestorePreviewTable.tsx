import { useTranslation } from 'react-i18next';
import type { RestorePreview } from './backup.repo';

/** What a restore will change, per area: who made the backup and when, then added / changed / removed. */
export function RestorePreviewTable({ preview }: { readonly preview: RestorePreview }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    preview.createdAt,
  );
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  return (
    <div className="stack">
      <h3>{t('backup.restoreDialog.previewHeading')}</h3>
      <p>
        {t(
          preview.kind === 'automatic'
            ? 'backup.restoreDialog.madeAutomatically'
            : 'backup.restoreDialog.madeBy',
          {
            date,
            name: preview.createdBy.displayName,
          },
        )}
      </p>
      <table className="data-table restore-preview">
        <caption>{t('backup.restoreDialog.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.restoreDialog.area')}</th>
            <th scope="col">{t('backup.restoreDialog.added')}</th>
            <th scope="col">{t('backup.restoreDialog.changed')}</th>
            <th scope="col">{t('backup.restoreDialog.removed')}</th>
            <th scope="col">{t('backup.restoreDialog.inBackup')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.areas.map((change) => (
            <tr key={change.area}>
              <th scope="row">{t(`backup.areas.${change.area}`)}</th>
              <td>{number(change.added)}</td>
              <td>{number(change.changed)}</td>
              <td>{number(change.removed)}</td>
              <td>{number(change.inBackup)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.erasedRecords > 0 ? (
        <p className="muted">{t('backup.restoreDialog.erased', { count: preview.erasedRecords })}</p>
      ) : null}
    </div>
  );
}

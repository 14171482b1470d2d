import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import type { Session } from '../../auth/session';
import { usePlatform } from '../../platform';
import { Button, Notice } from '../../ui';
import { importPack, listInstalledModules } from './pack-import.repo';

/** Admins import content packs (a zip of manifest.json and lessons) and see what is installed. */
export function ContentPacksSection({ session }: { readonly session: Session }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const installed = useLiveQuery(() => listInstalledModules(session), [session]);
  const [result, setResult] = useState<
    | { readonly kind: 'imported'; readonly message: string }
    | { readonly kind: 'rejected'; readonly fileName: string; readonly problems: readonly Problem[] }
    | { readonly kind: 'error'; readonly message: string }
    | null
  >(null);
  const [isImporting, setIsImporting] = useState(false);

  async function chooseAndImport() {
    setResult(null);
    const opened = await platform.openFile({ filters: [{ name: t('packs.fileType'), extensions: ['zip'] }] });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'failed') {
      setResult({ kind: 'error', message: t('packs.openFailed') });
      return;
    }
    setIsImporting(true);
    const outcome = await importPack(session, { fileName: opened.fileName, contents: opened.contents });
    setIsImporting(false);
    if (outcome.ok) {
      const { title, version, previousVersion } = outcome.value;
      setResult({
        kind: 'imported',
        message: previousVersion
          ? t('packs.updated', { title, version, previousVersion })
          : t('packs.installed', { title, version }),
      });
    } else {
      setResult({ kind: 'rejected', fileName: opened.fileName, problems: outcome.problems });
    }
  }

  return (
    <section className="card stack" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packs.title')}</h2>
      <p className="muted">{t('packs.intro')}</p>
      <div className="row">
        <Button variant="primary" onClick={() => void chooseAndImport()} disabled={isImporting}>
          {isImporting ? t('packs.importing') : t('packs.import')}
        </Button>
      </div>
      {result?.kind === 'imported' ? <Notice tone="success">{result.message}</Notice> : null}
      {result?.kind === 'error' ? <Notice tone="error">{result.message}</Notice> : null}
      {result?.kind === 'rejected' ? (
        <Notice tone="error" title={t('packs.rejected', { fileName: result.fileName })}>
          <p>{t('packs.nothingChanged')}</p>
          <ul className="problem-list">
            {result.problems.map((problem, index) => (
              <li key={index}>
                <strong>{problem.where}</strong>:{' '}
                {/* App problems (a pack that is not newer, a full disk) are i18n keys; a pack's own
                    problems are English sentences for its author. */}
                {i18n.exists(problem.message) ? t(problem.message, problem.values ?? {}) : problem.message}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <table className="data-table">
        <caption>{t('packs.installedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packs.module')}</th>
            <th scope="col">{t('packs.version')}</th>
            <th scope="col">{t('packs.source')}</th>
            <th scope="col">{t('packs.installedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {(installed ?? []).map((module) => (
            <tr key={module.id}>
              <th scope="row">{module.title}</th>
              <td>{module.version}</td>
              <td>{t(`packs.sourceKind.${module.source}`)}</td>
              <td>{new Date(module.installedAt).toLocaleDateString(i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

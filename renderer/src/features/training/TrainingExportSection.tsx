import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { usePlatform } from '../../platform';
import { Button, Notice } from '../../ui';
import { buildTrainingExport, type TrainingExportKind } from './training-export.repo';

/** Export training records: xAPI 1.0.3 statements (JSON) or a CSV of completions, for the caller's scope. */
export function TrainingExportSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function exportRecords(kind: TrainingExportKind) {
    setMessage(null);
    const built = await buildTrainingExport(session, kind);
    if (!built.ok) {
      setMessage({ tone: 'error', text: t(built.problems[0]?.message ?? 'errors.unexpected') });
      return;
    }
    const saved = await platform.saveFile({
      suggestedName: built.value.fileName,
      filters: [
        kind === 'xapi' ? { name: 'xAPI JSON', extensions: ['json'] } : { name: 'CSV', extensions: ['csv'] },
      ],
      contents: built.value.contents,
    });
    if (saved.status === 'saved') {
      setMessage({
        tone: 'success',
        text: t('trainingExport.saved', { fileName: saved.fileName, count: built.value.recordCount }),
      });
    } else if (saved.status === 'failed') {
      setMessage({ tone: 'error', text: t('trainingExport.failed') });
    }
  }

  return (
    <section className="card stack" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('trainingExport.title')}</h2>
      <p className="muted">
        {session.role === 'admin' ? t('trainingExport.introAdmin') : t('trainingExport.introSupervisor')}
      </p>
      <div className="row">
        <Button onClick={() => void exportRecords('xapi')}>{t('trainingExport.xapi')}</Button>
        <Button onClick={() => void exportRecords('csv')}>{t('trainingExport.csv')}</Button>
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}

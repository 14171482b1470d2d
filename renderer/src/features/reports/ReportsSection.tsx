import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveFileResult } from '../../../../shared/bridge';
import {
  buildAggregateCsv,
  buildCompletionSummaryCsv,
  reportFileName,
  type TeamDashboard,
} from '../../../../shared/domain/team-report';
import type { Session } from '../../auth/session';
import { usePlatform } from '../../platform';
import { Button, Notice } from '../../ui';
import { getTeamTrainingCompletion } from './reports.repo';

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv'] }];

/**
 * The dashboard's exports: the released team figures and the team's training completion as CSV, and the
 * dashboard itself as a printed or PDF report (Electron saves a PDF; the browser opens the print dialog).
 *
 * The figures CSV is built from `dashboard`, which holds released figures only, so nothing suppressed and
 * no person's id can reach the file. Hidden when printing.
 */
export function ReportsSection({
  session,
  teamId,
  teamName,
  dashboard,
}: {
  readonly session: Session;
  readonly teamId: string;
  readonly teamName: string;
  readonly dashboard: TeamDashboard;
}) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [message, setMessage] = useState<{
    readonly tone: 'success' | 'error';
    readonly text: string;
  } | null>(null);
  const canPrint = platform.printToPdf !== undefined || platform.printPage !== undefined;

  async function save(kind: string, contents: string): Promise<void> {
    setMessage(null);
    const saved = await platform.saveFile({
      suggestedName: reportFileName(kind, teamName, 'csv', Date.now()),
      filters: CSV_FILTERS,
      contents,
    });
    showOutcome(saved);
  }

  function showOutcome(saved: SaveFileResult): void {
    if (saved.status === 'saved')
      setMessage({ tone: 'success', text: t('reports.saved', { fileName: saved.fileName }) });
    else if (saved.status === 'failed') setMessage({ tone: 'error', text: t('reports.failed') });
  }

  async function downloadTraining(): Promise<void> {
    const summary = await getTeamTrainingCompletion(session, teamId);
    await save('training-completion', buildCompletionSummaryCsv(summary));
  }

  async function print(): Promise<void> {
    setMessage(null);
    if (platform.printToPdf) {
      showOutcome(
        await platform.printToPdf({
          suggestedName: reportFileName('team-report', teamName, 'pdf', Date.now()),
        }),
      );
    } else {
      platform.printPage?.();
    }
  }

  return (
    <section className="card stack print-hidden" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reports.title')}</h2>
      <p className="muted">{t('reports.intro')}</p>
      <div className="row">
        <Button onClick={() => void save('team-figures', buildAggregateCsv(dashboard))}>
          {t('reports.figuresCsv')}
        </Button>
        <Button onClick={() => void downloadTraining()}>{t('reports.trainingCsv')}</Button>
        {canPrint ? <Button onClick={() => void print()}>{t('reports.print')}</Button> : null}
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}

/** The lines that open a printed team report: which team, when, and the k rule. Shown only in print. */
export function TeamReportHeader({ teamName, k }: { readonly teamName: string; readonly k: number }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="print-only team-report__header">
      <p className="team-report__title">{t('reports.reportTitle', { team: teamName })}</p>
      <p>
        {t('reports.reportMeta', {
          // Month as a word: a numeric date such as 5/5 would read like a rating.
          date: new Date().toLocaleDateString(i18n.language, { dateStyle: 'long' }),
          k,
        })}
      </p>
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Released, TeamSummary } from '../../../../shared/domain/anonymity';
import { STRESSOR_IDS } from '../../../../shared/domain/stressors';
import type { Session } from '../../auth/session';
import { listTeams } from '../profiles';
import { ReportsSection, TeamReportHeader } from '../reports';
import { Button, Notice, SelectField, TextField, EmptyState } from '../../ui';
import {
  closeTalkRequest,
  getCheckInSettings,
  listTalkRequests,
  updateCheckInSettings,
} from './check-ins.repo';
import { ClimateSection } from './ClimateSection';
import { HeatmapSection, OverloadPeaks } from './Heatmap';
import { ParticipationSection } from './ParticipationSection';
import { StressorTrends } from './StressorTrends';
import { getTeamDashboard } from './team-dashboard.repo';
import { TeamsOverview } from './TeamsOverview';
import './check-ins.css';
import './team-dashboard.css';

/**
 * The team dashboard for supervisors (own team) and admins (any team): k-anonymous figures from rollups —
 * overview, participation, stressor trends, the weekday × shift heatmap, overload peaks, service climate —
 * with reports to download or print, requests to talk, and (admins) the privacy settings. No individual's
 * ratings or notes appear here. Printing shows the figures only, as a team report.
 */
export function TeamWellbeingScreen({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const teams = useLiveQuery(() => listTeams(session), [session]);
  const activeTeams = (teams ?? []).filter((team) => !team.isArchived);
  // Admins start on the all-teams overview ('') and open one team from it or from the picker.
  const [chosenTeamId, setChosenTeamId] = useState<string>('');
  const showsOverview = session.role === 'admin' && chosenTeamId === '' && activeTeams.length > 0;
  const teamId = session.role === 'supervisor' ? session.teamId : chosenTeamId || null;
  const teamName = (teams ?? []).find((team) => team.id === teamId)?.name ?? '';
  const dashboard = useLiveQuery(
    () => (teamId ? getTeamDashboard(session, teamId) : Promise.resolve(null)),
    [session, teamId],
  );

  return (
    <div className="stack wellbeing team-report">
      <h1>{t('teamWellbeing.title')}</h1>
      {dashboard ? <TeamReportHeader teamName={teamName} k={dashboard.k} /> : null}
      {dashboard ? <p className="muted">{t('teamWellbeing.intro', { k: dashboard.k })}</p> : null}
      {session.role === 'admin' && activeTeams.length > 0 ? (
        <div className="print-hidden">
          <SelectField
            label={t('teamWellbeing.chooseTeam')}
            value={chosenTeamId}
            onChange={(event) => setChosenTeamId(event.target.value)}
          >
            <option value="">{t('teamWellbeing.overview.choice')}</option>
            {activeTeams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {showsOverview ? <TeamsOverview session={session} onOpenTeam={setChosenTeamId} /> : null}
      {dashboard && teamId ? (
        <>
          <section className="card stack" aria-labelledby="overall-heading">
            <h2 id="overall-heading">{t('teamWellbeing.overall')}</h2>
            <p className="muted">{t('teamWellbeing.overallIntro')}</p>
            <ReleasedSummary released={dashboard.overall} k={dashboard.k} />
          </section>
          <ParticipationSection participation={dashboard.participation} k={dashboard.k} />
          <StressorTrends weeks={dashboard.weeks} k={dashboard.k} />
          <HeatmapSection heatmap={dashboard.heatmap} k={dashboard.k} />
          <div className="dashboard-pair">
            <OverloadPeaks peaks={dashboard.peaks} />
            <ClimateSection overall={dashboard.overall} weeks={dashboard.weeks} />
          </div>
          <ReportsSection session={session} teamId={teamId} teamName={teamName} dashboard={dashboard} />
        </>
      ) : teams !== undefined && teamId === null && !showsOverview ? (
        <EmptyState title={t('teamWellbeing.noTeam')}>
          <p>
            {t(session.role === 'admin' ? 'teamWellbeing.noTeamAdmin' : 'teamWellbeing.noTeamSupervisor')}
          </p>
        </EmptyState>
      ) : null}
      <div className="stack print-hidden">
        <TalkRequests session={session} />
        {session.role === 'admin' ? <PrivacySettings session={session} /> : null}
      </div>
    </div>
  );
}

function ReleasedSummary({ released, k }: { readonly released: Released<TeamSummary>; readonly k: number }) {
  const { t } = useTranslation();
  if (released.kind === 'suppressed') {
    return (
      <Notice tone="info" title={t('teamWellbeing.notEnough')}>
        <p>{t('teamWellbeing.notEnoughBody', { k })}</p>
      </Notice>
    );
  }
  const summary = released.value;
  return (
    <div className="stack">
      <p>
        {t('teamWellbeing.people', { count: released.people })} · {t('teamWellbeing.climateIndex')}:{' '}
        <strong>{Math.round(summary.climateIndex)}</strong>
      </p>
      <ul className="strain-bars">
        {STRESSOR_IDS.map((id) => (
          <li key={id} className="strain-bar">
            <span className="strain-bar__label">{t(`checkIns.stressor.${id}`)}</span>
            <span className="strain-bar__track" aria-hidden="true">
              <span
                className="strain-bar__fill"
                style={{ width: `${String(Math.round(summary.meanStrain[id]))}%` }}
              />
            </span>
            <span className="strain-bar__value">{Math.round(summary.meanStrain[id])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TalkRequests({ session }: { readonly session: Session }) {
  const { t, i18n } = useTranslation();
  const requests = useLiveQuery(() => listTalkRequests(session), [session]);
  return (
    <section className="card stack" aria-labelledby="talk-requests-heading">
      <h2 id="talk-requests-heading">{t('teamWellbeing.talkTitle')}</h2>
      {requests && requests.length === 0 ? <p className="muted">{t('teamWellbeing.noTalk')}</p> : null}
      <ul className="support-list">
        {(requests ?? []).map((request) => (
          <li key={request.id} className="row section-header">
            <span>
              {t('teamWellbeing.talkFrom', {
                name: request.displayName,
                date: new Date(request.createdAt).toLocaleDateString(i18n.language),
              })}
            </span>
            <Button onClick={() => void closeTalkRequest(session, request.id)}>
              {t('teamWellbeing.closeTalk')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PrivacySettings({ session }: { readonly session: Session }) {
  const settings = useLiveQuery(() => getCheckInSettings(), []);
  if (!settings) return null;
  return (
    <PrivacySettingsForm
      key={`${String(settings.kThreshold)}-${String(settings.retentionMonths)}`}
      session={session}
      initial={settings}
    />
  );
}

function PrivacySettingsForm({
  session,
  initial,
}: {
  readonly session: Session;
  readonly initial: { readonly kThreshold: number; readonly retentionMonths: number };
}) {
  const { t } = useTranslation();
  const [k, setK] = useState(String(initial.kThreshold));
  const [months, setMonths] = useState(String(initial.retentionMonths));
  const [message, setMessage] = useState<{ where: string; text: string; tone: 'success' | 'error' } | null>(
    null,
  );
  return (
    <section className="card stack" aria-labelledby="privacy-settings-heading">
      <h2 id="privacy-settings-heading">{t('teamWellbeing.privacySettings')}</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void updateCheckInSettings(session, {
            kThreshold: Number(k),
            retentionMonths: Number(months),
          }).then((outcome) => {
            setMessage(
              outcome.ok
                ? { where: 'form', text: t('teamWellbeing.settingsSaved'), tone: 'success' }
                : {
                    where: outcome.problems[0]?.where ?? 'form',
                    text: t(outcome.problems[0]?.message ?? 'errors.unexpected'),
                    tone: 'error',
                  },
            );
          });
        }}
        noValidate
      >
        <TextField
          label={t('teamWellbeing.kLabel')}
          description={t('teamWellbeing.kHint')}
          type="number"
          min={3}
          value={k}
          onChange={(event) => setK(event.target.value)}
          error={message?.where === 'kThreshold' ? message.text : undefined}
        />
        <TextField
          label={t('teamWellbeing.retentionLabel')}
          description={t('teamWellbeing.retentionHint')}
          type="number"
          min={1}
          max={36}
          value={months}
          onChange={(event) => setMonths(event.target.value)}
          error={message?.where === 'retentionMonths' ? message.text : undefined}
        />
        {message?.where === 'form' ? <Notice tone={message.tone}>{message.text}</Notice> : null}
        <div className="row">
          <Button type="submit" variant="primary">
            {t('teamWellbeing.saveSettings')}
          </Button>
        </div>
      </form>
    </section>
  );
}

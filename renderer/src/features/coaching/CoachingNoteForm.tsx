import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/domain/check-in';
import {
  COACHING_FIELD_MAX_LENGTH,
  findJudgementalWords,
  parseLocalDate,
} from '../../../../shared/domain/one-on-one';
import type { Problem } from '../../../../shared/domain/outcome';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import type { Session } from '../../auth/session';
import { Button, Notice, SelectField, TextField } from '../../ui';
import { createCoachingNote, listCoachees, listLinkableModules, type CoacheeSummary } from './coaching.repo';
import { useFormatDate } from './CoachingParts';
import { TextAreaField } from './TextAreaField';

const NOTE_FIELDS = ['situation', 'behaviour', 'impact', 'nextStep'] as const;
type NoteField = (typeof NOTE_FIELDS)[number];
const FORM_FIELDS = new Set<string>(['personId', 'moduleId', 'followUpDate', ...NOTE_FIELDS]);

const EMPTY_TEXT: Readonly<Record<NoteField, string>> = {
  situation: '',
  behaviour: '',
  impact: '',
  nextStep: '',
};

function defaultFollowUp(): string {
  return localDay(Date.now() + 14 * 24 * 60 * 60 * 1000);
}

/** Group people by team for the person picker (admins see several teams). */
function byTeam(people: readonly CoacheeSummary[]): [string, CoacheeSummary[]][] {
  const groups = new Map<string, CoacheeSummary[]>();
  for (const person of people) {
    const key = person.teamName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The "Write a coaching note" form: who, the four structured parts with tone guidance, an optional module
 * (assigned to them automatically) and the follow-up date.
 *
 * Words that judge the person in the behaviour field raise a gentle warning; they never block saving.
 */
export function CoachingNoteForm({
  session,
  scope,
}: {
  readonly session: Session;
  /** The team the lists cover (an admin's chosen team; a supervisor's own). */
  readonly scope: TeamScope;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const people = useLiveQuery(() => listCoachees(session, scope), [session, scope.teamId]);
  const modules = useLiveQuery(() => listLinkableModules(session), [session]);
  const [personId, setPersonId] = useState('');
  const [text, setText] = useState<Readonly<Record<NoteField, string>>>(EMPTY_TEXT);
  const [moduleId, setModuleId] = useState('');
  const [followUpDate, setFollowUpDate] = useState(defaultFollowUp);
  const [today] = useState(() => localDay(Date.now()));
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const person = people?.find((entry) => entry.personId === personId);
  const offeredModules = (modules ?? []).filter(
    (module) => module.audience === 'everyone' || person?.role !== 'employee',
  );
  const judgingWords = findJudgementalWords(text.behaviour);
  const groups = byTeam(people ?? []);
  const showGroups = session.role === 'admin' && groups.length > 1;

  async function submit() {
    setDone(null);
    if (!personId) {
      setProblems([{ where: 'personId', message: 'coaching.errors.person-required' }]);
      return;
    }
    setIsSaving(true);
    const outcome = await createCoachingNote(session, {
      personId,
      ...text,
      moduleId: moduleId || null,
      followUpDate,
    });
    setIsSaving(false);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    const name = person?.displayName ?? '';
    const moduleTitle = modules?.find((module) => module.moduleId === moduleId)?.title;
    setDone(
      moduleTitle
        ? t('coaching.form.savedWithModule', {
            name,
            module: moduleTitle,
            date: formatDate(parseLocalDate(followUpDate) ?? Date.now()),
          })
        : t('coaching.form.saved', { name }),
    );
    setProblems([]);
    setPersonId('');
    setText(EMPTY_TEXT);
    setModuleId('');
    setFollowUpDate(defaultFollowUp());
  }

  const errorFor = (where: string) => {
    const problem = problems.find((entry) => entry.where === where);
    return problem ? t(problem.message, problem.values ?? {}) : undefined;
  };
  const general = problems.filter((problem) => !FORM_FIELDS.has(problem.where));

  return (
    <section className="card stack" aria-labelledby="write-note-heading">
      <h2 id="write-note-heading">{t('coaching.form.title')}</h2>
      <div className="coaching-tone">
        <p className="coaching-tone__title">{t('coaching.tone.title')}</p>
        <p>{t('coaching.tone.body')}</p>
      </div>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {general.map((problem) => (
        <Notice key={problem.message} tone="error">
          {t(problem.message, problem.values ?? {})}
        </Notice>
      ))}
      <form
        className="coaching-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="coaching-form__row">
          <SelectField
            label={t('coaching.form.person')}
            value={personId}
            onChange={(event) => {
              setPersonId(event.target.value);
              setModuleId('');
            }}
            error={errorFor('personId')}
          >
            <option value="">{t('coaching.form.choosePerson')}</option>
            {showGroups
              ? groups.map(([team, members]) => (
                  <optgroup key={team} label={team}>
                    {members.map((member) => (
                      <option key={member.personId} value={member.personId}>
                        {member.displayName}
                      </option>
                    ))}
                  </optgroup>
                ))
              : (people ?? []).map((member) => (
                  <option key={member.personId} value={member.personId}>
                    {member.displayName}
                  </option>
                ))}
          </SelectField>
          <TextField
            label={t('coaching.form.followUpDate')}
            type="date"
            min={today}
            value={followUpDate}
            onChange={(event) => setFollowUpDate(event.target.value)}
            error={errorFor('followUpDate')}
          />
        </div>
        <div className="coaching-form__grid">
          {NOTE_FIELDS.map((field) => (
            <TextAreaField
              key={field}
              label={t(`coaching.fields.${field}`)}
              description={t(`coaching.hints.${field}`)}
              value={text[field]}
              maxLength={COACHING_FIELD_MAX_LENGTH}
              required
              onChange={(event) => setText({ ...text, [field]: event.target.value })}
              error={errorFor(field)}
              warning={
                field === 'behaviour' && judgingWords.length > 0
                  ? t('coaching.tone.warning', {
                      count: judgingWords.length,
                      words: judgingWords.join('”, “'),
                    })
                  : undefined
              }
            />
          ))}
        </div>
        <SelectField
          label={t('coaching.form.module')}
          description={t('coaching.form.moduleHint')}
          value={moduleId}
          onChange={(event) => setModuleId(event.target.value)}
          error={errorFor('moduleId')}
        >
          <option value="">{t('coaching.form.noModule')}</option>
          {offeredModules.map((module) => (
            <option key={module.moduleId} value={module.moduleId}>
              {module.title}
              {module.audience === 'supervisors' ? ` (${t('coaching.form.forSupervisors')})` : ''}
            </option>
          ))}
        </SelectField>
        <div className="row">
          <Button type="submit" variant="primary" disabled={isSaving}>
            {t('coaching.form.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

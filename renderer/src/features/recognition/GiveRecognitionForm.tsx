import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import { MESSAGE_MAX_LENGTH } from '../../../../shared/domain/recognition';
import type { Session } from '../../auth/session';
import { problemText, problemTextAt } from './problem-text';
import { Button, EmptyState, Notice, SelectField } from '../../ui';
import {
  giveRecognition,
  listLinkableModules,
  listRecipients,
  listServiceValues,
  type GivingAllowance,
} from './recognition.repo';

/** Fields the form shows problems beside; anything else is shown above the form. */
const FIELDS = ['recipientId', 'valueIds', 'message', 'moduleId'] as const;

/** The team select's value for the people in no team. */
const NO_TEAM = 'no-team';

/** An admin's choice of whose people to offer as recipients: a team's, or (null) those in no team. */
export interface RecipientTeamChoice {
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  readonly teamId: string | null;
  readonly onChange: (teamId: string | null) => void;
}

/**
 * The "Recognise good work" form: recipient, service values, message, optional module and privacy.
 *
 * The recipient is held by the screen, so the quiet list can pick someone to recognise. Every rule is
 * checked again by the repository; the form only shows what it says.
 */
export function GiveRecognitionForm({
  session,
  allowance,
  recipientId,
  onRecipientChange,
  recipientRef,
  recipientTeam,
}: {
  readonly session: Session;
  readonly allowance: GivingAllowance;
  readonly recipientId: string;
  readonly onRecipientChange: (recipientId: string) => void;
  readonly recipientRef?: Ref<HTMLSelectElement>;
  /** For an admin: whose people the recipient list offers (one team at a time), and how to change it. */
  readonly recipientTeam?: RecipientTeamChoice;
}) {
  const { t } = useTranslation();
  const teamId = recipientTeam?.teamId;
  const recipients = useLiveQuery(
    () => (teamId === undefined ? listRecipients(session) : listRecipients(session, { teamId })),
    [session, teamId],
  );
  const values = useLiveQuery(() => listServiceValues(session), [session]);
  const modules = useLiveQuery(() => listLinkableModules(session), [session]);
  const [valueIds, setValueIds] = useState<readonly string[]>([]);
  const [message, setMessage] = useState('');
  const [moduleId, setModuleId] = useState('');
  const [isPrivate, setIsPrivate] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const ids = useId();
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused submit, take keyboard and screen-reader users to the first field that needs attention.
  useEffect(() => {
    if (problems.length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  if (recipients === undefined || values === undefined) return <p className="muted">{t('app.loading')}</p>;

  const errorFor = (where: string) => problemTextAt(t, problems, where);
  const formProblems = problems.filter((problem) => !(FIELDS as readonly string[]).includes(problem.where));
  const isAtLimit = allowance.remaining === 0;

  async function submit() {
    setDone(null);
    setIsSaving(true);
    const outcome = await giveRecognition(session, {
      recipientId,
      valueIds: [...valueIds],
      message,
      moduleId: moduleId === '' ? null : moduleId,
      isPrivate,
    });
    setIsSaving(false);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    const name = recipients?.find((recipient) => recipient.personId === recipientId)?.displayName ?? '';
    setProblems([]);
    setDone(t(isPrivate ? 'recognition.give.sentPrivately' : 'recognition.give.sent', { name }));
    onRecipientChange('');
    setValueIds([]);
    setMessage('');
    setModuleId('');
    setIsPrivate(false);
  }

  const valuesErrorId = `${ids}-values-error`;
  const valuesHintId = `${ids}-values-hint`;
  const messageId = `${ids}-message`;
  const messageHintId = `${ids}-message-hint`;
  const messageCountId = `${ids}-message-count`;
  const messageErrorId = `${ids}-message-error`;
  const privateHintId = `${ids}-private-hint`;
  const privateLabelId = `${ids}-private-label`;
  const messageError = errorFor('message');
  const valuesError = errorFor('valueIds');
  const isMessageTooLong = message.trim().length > MESSAGE_MAX_LENGTH;

  return (
    <section className="card stack" aria-labelledby={`${ids}-heading`}>
      <div className="recognition-section-header">
        <h2 id={`${ids}-heading`}>{t('recognition.give.title')}</h2>
        <p className="muted recognition-allowance">
          {isAtLimit
            ? t('recognition.give.limitReached', { count: allowance.dailyLimit })
            : t('recognition.give.remaining', { count: allowance.remaining })}
        </p>
      </div>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {formProblems.map((problem) => (
        <Notice key={problem.message} tone="error">
          {problemText(t, problem)}
        </Notice>
      ))}
      {recipients.length === 0 && !recipientTeam ? (
        <EmptyState title={t('recognition.give.noRecipients')} />
      ) : (
        <form
          ref={formRef}
          className="recognition-form stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {recipientTeam ? (
            <SelectField
              label={t('recognition.give.recipientTeam')}
              value={recipientTeam.teamId ?? NO_TEAM}
              onChange={(event) => {
                onRecipientChange('');
                recipientTeam.onChange(event.target.value === NO_TEAM ? null : event.target.value);
              }}
            >
              {recipientTeam.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
              <option value={NO_TEAM}>{t('recognition.give.noTeam')}</option>
            </SelectField>
          ) : null}
          <SelectField
            ref={recipientRef}
            label={t('recognition.give.recipient')}
            value={recipientId}
            onChange={(event) => onRecipientChange(event.target.value)}
            error={errorFor('recipientId')}
          >
            <option value="">{t('recognition.give.chooseRecipient')}</option>
            {recipients.map((recipient) => (
              <option key={recipient.personId} value={recipient.personId}>
                {recipient.displayName}
              </option>
            ))}
          </SelectField>

          <fieldset
            className="recognition-values-field"
            aria-describedby={[valuesHintId, valuesError ? valuesErrorId : null].filter(Boolean).join(' ')}
          >
            <legend className="field__label">{t('recognition.give.valuesLegend')}</legend>
            <p id={valuesHintId} className="field__description">
              {t('recognition.give.valuesHint')}
            </p>
            {values.length === 0 ? <p>{t('recognition.give.noValues')}</p> : null}
            <div className="recognition-value-options">
              {values.map((value) => {
                const labelId = `${ids}-value-${value.id}-label`;
                const descriptionId = `${ids}-value-${value.id}-description`;
                const isChecked = valueIds.includes(value.id);
                return (
                  <label key={value.id} className="recognition-value-option">
                    <input
                      type="checkbox"
                      checked={isChecked}
                      aria-labelledby={labelId}
                      aria-describedby={value.description ? descriptionId : undefined}
                      aria-invalid={valuesError ? true : undefined}
                      onChange={() =>
                        setValueIds(
                          isChecked ? valueIds.filter((id) => id !== value.id) : [...valueIds, value.id],
                        )
                      }
                    />
                    <span className="recognition-value-option__text">
                      <span id={labelId} className="recognition-value-option__label">
                        {value.label}
                      </span>
                      {value.description ? (
                        <span id={descriptionId} className="recognition-value-option__description">
                          {value.description}
                        </span>
                      ) : null}
                    </span>
                  </label>
                );
              })}
            </div>
            {valuesError ? (
              <p id={valuesErrorId} className="field__error">
                {valuesError}
              </p>
            ) : null}
          </fieldset>

          <div className="field">
            <label className="field__label" htmlFor={messageId}>
              {t('recognition.give.message')}
            </label>
            <p id={messageHintId} className="field__description">
              {t('recognition.give.messageHint')}
            </p>
            <textarea
              id={messageId}
              className="field__input recognition-form__message"
              value={message}
              rows={4}
              aria-describedby={[messageHintId, messageCountId, messageError ? messageErrorId : null]
                .filter(Boolean)
                .join(' ')}
              aria-invalid={messageError ? true : undefined}
              onChange={(event) => setMessage(event.target.value)}
            />
            <p
              id={messageCountId}
              className={
                isMessageTooLong
                  ? 'recognition-form__count recognition-form__count--over'
                  : 'recognition-form__count'
              }
            >
              {t('recognition.give.characterCount', {
                count: message.trim().length,
                max: MESSAGE_MAX_LENGTH,
              })}
            </p>
            {messageError ? (
              <p id={messageErrorId} className="field__error">
                {messageError}
              </p>
            ) : null}
          </div>

          <SelectField
            label={t('recognition.give.module')}
            value={moduleId}
            onChange={(event) => setModuleId(event.target.value)}
            error={errorFor('moduleId')}
          >
            <option value="">{t('recognition.give.noModule')}</option>
            {(modules ?? []).map((module) => (
              <option key={module.moduleId} value={module.moduleId}>
                {module.title}
              </option>
            ))}
          </SelectField>

          <label className="recognition-check">
            <input
              type="checkbox"
              checked={isPrivate}
              aria-labelledby={privateLabelId}
              aria-describedby={privateHintId}
              onChange={(event) => setIsPrivate(event.target.checked)}
            />
            <span>
              <span id={privateLabelId} className="recognition-check__label">
                {t('recognition.give.isPrivate')}
              </span>
              <span id={privateHintId} className="field__description">
                {t('recognition.give.isPrivateHint')}
              </span>
            </span>
          </label>

          <div className="row">
            <Button type="submit" variant="primary" disabled={isSaving || isAtLimit}>
              {isSaving ? t('recognition.give.sending') : t('recognition.give.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

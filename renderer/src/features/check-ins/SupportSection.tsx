import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, Notice, TextField } from '../../ui';
import { deleteSupportResource, listSupportResources, saveSupportResource } from './check-ins.repo';

/** Support contacts everyone can read; admins add, edit and remove them here. */
export function SupportSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const resources = useLiveQuery(() => listSupportResources(session), [session]);
  const [isEditing, setIsEditing] = useState(false);
  const isAdmin = session.role === 'admin';
  return (
    <section className="card stack" aria-labelledby="support-heading">
      <div className="row section-header">
        <h2 id="support-heading">{t('wellbeing.supportTitle')}</h2>
        {isAdmin ? (
          <Button onClick={() => setIsEditing(!isEditing)} aria-expanded={isEditing}>
            {t('wellbeing.editSupport')}
          </Button>
        ) : null}
      </div>
      {resources && resources.length === 0 && !isEditing ? (
        <p className="muted">{t('wellbeing.noSupport')}</p>
      ) : null}
      <ul className="support-list">
        {(resources ?? []).map((resource) => (
          <li key={resource.id} className="support-item">
            {isEditing ? (
              <ResourceForm session={session} resource={resource} />
            ) : (
              <>
                <h3>{resource.title}</h3>
                {resource.description ? <p>{resource.description}</p> : null}
                {resource.contact ? <p className="support-item__contact">{resource.contact}</p> : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {isEditing ? <ResourceForm key={resources?.length ?? 0} session={session} resource={null} /> : null}
    </section>
  );
}

function ResourceForm({
  session,
  resource,
}: {
  readonly session: Session;
  readonly resource: {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly contact: string;
  } | null;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(resource?.title ?? '');
  const [description, setDescription] = useState(resource?.description ?? '');
  const [contact, setContact] = useState(resource?.contact ?? '');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  return (
    <form
      className="stack resource-form"
      onSubmit={(event) => {
        event.preventDefault();
        void saveSupportResource(session, {
          ...(resource ? { id: resource.id } : {}),
          title,
          description,
          contact,
        }).then((outcome) => {
          setMessage(
            outcome.ok
              ? { tone: 'success', text: t('wellbeing.resourceSaved') }
              : { tone: 'error', text: t(outcome.problems[0]?.message ?? 'errors.unexpected') },
          );
        });
      }}
    >
      <TextField
        label={t('wellbeing.resourceTitle')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        required
      />
      <TextField
        label={t('wellbeing.resourceDescription')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <TextField
        label={t('wellbeing.resourceContact')}
        value={contact}
        onChange={(event) => setContact(event.target.value)}
      />
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary">
          {resource ? t('wellbeing.saveResource') : t('wellbeing.addResource')}
        </Button>
        {resource ? (
          <Button variant="danger" onClick={() => void deleteSupportResource(session, resource.id)}>
            {t('wellbeing.deleteResource', { title: resource.title })}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { suggestModule } from '../../../../shared/domain/micro-lessons';
import type { StressorId } from '../../../../shared/domain/stressors';
import type { Session } from '../../auth/session';
import { Button } from '../../ui';
import { listModuleTitles } from './check-ins.repo';

/** Micro-lessons for the stressors that ran high, one per stressor, without repeats. */
export function SuggestedLessons({
  session,
  stressors,
  onOpenModule,
}: {
  readonly session: Session;
  readonly stressors: readonly StressorId[];
  readonly onOpenModule: (moduleId: string) => void;
}) {
  const { t } = useTranslation();
  const titles = useLiveQuery(() => listModuleTitles(session), [session]);
  if (!titles) return null;
  const available = new Set(titles.keys());
  const seen = new Set<string>();
  const suggestions = stressors.flatMap((stressor) => {
    const moduleId = suggestModule(stressor, available);
    if (!moduleId || seen.has(moduleId)) return [];
    seen.add(moduleId);
    return [{ stressor, moduleId, title: titles.get(moduleId) ?? moduleId }];
  });
  if (suggestions.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="suggest-heading">
      <h2 id="suggest-heading">{t('checkIns.suggestTitle')}</h2>
      <ul className="suggestions">
        {suggestions.map((suggestion) => (
          <li key={suggestion.moduleId} className="suggestion">
            <p>
              <strong>{t(`checkIns.stressor.${suggestion.stressor}`)}:</strong>{' '}
              {t(`checkIns.suggest.${suggestion.stressor}`)}
            </p>
            <Button variant="primary" onClick={() => onOpenModule(suggestion.moduleId)}>
              {t('checkIns.openModule', { title: suggestion.title })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SERVICE_VALUES } from '../../../../shared/domain/recognition';
import type { Session } from '../../auth/session';
import { ensureServiceValues } from './recognition.repo';

/**
 * Renders its children once the service values exist (suspending until then), seeding the defaults in
 * the current language the first time, so the live queries inside only ever read.
 */
export function ServiceValuesReady({
  session,
  children,
}: {
  readonly session: Session;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  use(
    ensureServiceValues(
      session,
      DEFAULT_SERVICE_VALUES.map((value) => ({
        id: value.id,
        label: t(value.labelKey),
        description: t(value.descriptionKey),
      })),
    ),
  );
  return children;
}

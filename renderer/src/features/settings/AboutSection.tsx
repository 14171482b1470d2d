import { Suspense, use, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/bridge';
import { usePlatform } from '../../platform';
import './settings.css';

/** The app's version and whether it runs as the desktop app or in a browser. */
export function AboutSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const platform = usePlatform();
  const [info] = useState(() =>
    platform.getAppInfo({}).catch((error: unknown) => {
      console.error('Reading the app info failed', error);
      return null;
    }),
  );

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.about.heading')}</h2>
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <AboutFacts info={info} />
      </Suspense>
    </section>
  );
}

function AboutFacts({ info }: { readonly info: Promise<AppInfo | null> }) {
  const { t } = useTranslation();
  const appInfo = use(info);
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>{t('settings.about.version')}</dt>
        <dd>{appInfo?.version ?? t('settings.about.unknown')}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('settings.about.shell')}</dt>
        <dd>{appInfo ? t(`settings.about.shellName.${appInfo.shell}`) : t('settings.about.unknown')}</dd>
      </div>
    </dl>
  );
}

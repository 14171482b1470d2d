import type { ReactNode } from 'react';
import './ui.css';

/** The tone of a notice. Errors are announced immediately; the rest politely. */
export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/** A message box for outcomes and warnings. */
export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';
import './ui.css';

/** What a list shows when it has nothing in it yet, and what to do about it. */
export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children}
    </div>
  );
}

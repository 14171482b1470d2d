import type { ReactNode } from 'react';
import { Button } from './Button';
import './ui.css';

/**
 * The foot of a long list that shows a page at a time: how much of it is shown (announced politely when it
 * changes), and a button that shows the next page while there is more.
 */
export function ShowMore({
  summary,
  moreLabel,
  hasMore,
  onMore,
}: {
  /** e.g. "Showing 20 of 500 names". */
  readonly summary: ReactNode;
  readonly moreLabel: string;
  readonly hasMore: boolean;
  readonly onMore: () => void;
}) {
  return (
    <div className="show-more">
      <p className="show-more__summary muted" aria-live="polite">
        {summary}
      </p>
      {hasMore ? <Button onClick={onMore}>{moreLabel}</Button> : null}
    </div>
  );
}

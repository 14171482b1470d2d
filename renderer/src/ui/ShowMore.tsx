import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import './ui.css';

/**
 * The foot of a long list that shows a page at a time: how much of it is shown (announced politely when it
 * changes), and a button that shows the next page while there is more. When the last page comes in, the
 * button goes and keyboard focus moves to the summary rather than being lost.
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
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(hasMore);
  useEffect(() => {
    // The last page came in and the button (focused when it was pressed) went with it.
    const isFocusLost = document.activeElement === null || document.activeElement === document.body;
    if (hadMore.current && !hasMore && isFocusLost) summaryRef.current?.focus();
    hadMore.current = hasMore;
  }, [hasMore]);
  return (
    <div className="show-more">
      <p ref={summaryRef} className="show-more__summary muted" aria-live="polite" tabIndex={-1}>
        {summary}
      </p>
      {hasMore ? <Button onClick={onMore}>{moreLabel}</Button> : null}
    </div>
  );
}

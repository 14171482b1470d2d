import { useEffect, useRef, useState, type ReactNode } from 'react';
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

/** `ShowMore` at the foot of a `usePagedList` list; nothing while the list fits on one page. */
export function PagedListFoot<T>({
  list,
  summary,
  moreLabel,
}: {
  readonly list: PagedList<T>;
  /** e.g. "Showing 20 of 500 names", from `list.counts`. */
  readonly summary: ReactNode;
  readonly moreLabel: string;
}) {
  if (!list.isPaged) return null;
  return <ShowMore summary={summary} moreLabel={moreLabel} hasMore={list.hasMore} onMore={list.showMore} />;
}

/** A list held in memory and shown a page at a time with `ShowMore`. */
export interface PagedList<T> {
  /** The items on the pages shown so far. */
  readonly shown: readonly T[];
  /** Whether the list is longer than one page (and so needs `ShowMore` under it). */
  readonly isPaged: boolean;
  /** How many items are shown, and how many there are. */
  readonly counts: { readonly shown: number; readonly count: number };
  readonly hasMore: boolean;
  /** Show one more page. */
  readonly showMore: () => void;
}

/** Show `items` (all already read) a page of `pageSize` at a time; "Show more" adds a page. */
export function usePagedList<T>(items: readonly T[], pageSize: number): PagedList<T> {
  const [limit, setLimit] = useState(pageSize);
  return {
    shown: items.slice(0, limit),
    isPaged: items.length > pageSize,
    counts: { shown: Math.min(limit, items.length), count: items.length },
    hasMore: limit < items.length,
    showMore: () => setLimit((current) => current + pageSize),
  };
}

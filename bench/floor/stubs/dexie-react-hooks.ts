/** The floor's `useLiveQuery`: the first page it is given, and never a query (see ../main.tsx). */
export function useLiveQuery<T>(_query: () => unknown, _deps: readonly unknown[], initial: T): T {
  return initial;
}

import { createElement, lazy, useState, type ComponentType } from 'react';

/** A lazily loaded component that can be fetched ahead of time. */
export type Preloadable<P extends object> = ComponentType<P> & {
  /** Start fetching the component's code now (at most once). */
  readonly preload: () => Promise<ComponentType<P>>;
  /** Whether the code is in, so that rendering it will not suspend. */
  readonly isLoaded: () => boolean;
};

/**
 * Like `React.lazy`, but with `preload()`; and once the code is in, a new mount renders it at once instead of
 * suspending for a frame (React.lazy always suspends on first render, which would flash the fallback).
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a later render or preload tries again
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));

  function PreloadableComponent(props: P) {
    // Decided once per mount, so the element type under this component never changes.
    const [direct] = useState(() => loaded);
    return direct ? createElement(direct, props) : createElement(Lazy, props);
  }
  return Object.assign(PreloadableComponent, { preload, isLoaded: () => loaded !== undefined });
}

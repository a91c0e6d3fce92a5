import { useLayoutEffect, useMemo, useRef } from 'react';
import { shareEqual } from './share-equal';

/** The latest answer, structurally shared with the one before (see shareEqual). */
export function useSharedValue<T>(next: T): T {
  const prev = useRef<unknown>(next);
  // Reads the value of the previous commit, by design.
  const value = useMemo(() => shareEqual(prev.current, next), [next]);
  useLayoutEffect(() => {
    prev.current = value;
  }, [value]);
  return value;
}

import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useDataEpoch } from '../components/data-epoch';
import { shareUnchanged } from '../lib/share-unchanged';
import type { ApiClient, Channel, InputOf, OutputOf } from '../../shared/api/contract';

const ApiContext = createContext<ApiClient | null>(null);

export const ApiProvider = ApiContext.Provider;

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiProvider missing');
  return api;
}

/**
 * Loads a query and reloads it when the input changes; `reload` after a write. Also reloads when
 * the kept section holding it learns that the data changed (data-epoch), keeping the old answer
 * on screen until the new one comes.
 */
export function useQuery<C extends Channel>(channel: C, input: InputOf<C>) {
  const api = useApi();
  const { epoch, track } = useDataEpoch();
  const readAt = useRef(epoch);
  const key = JSON.stringify(input);
  const [data, setData] = useState<OutputOf<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const read = api.invoke(channel, JSON.parse(key) as InputOf<C>).then(
      // What did not change keeps its objects (a re-read of the same answer renders nothing again).
      (v) => live && (setData((old) => (old === null ? v : shareUnchanged(old, v))), setError(null)),
      (e: Error) => live && setError(e.message),
    );
    // A read because the data changed while the section was away: the section waits for it.
    if (readAt.current !== epoch) track(read);
    readAt.current = epoch;
    return () => {
      live = false;
    };
  }, [api, channel, key, version, epoch, track]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload, setData };
}

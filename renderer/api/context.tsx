import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ApiClient, Channel, InputOf, OutputOf } from '../../shared/api/contract';

const ApiContext = createContext<ApiClient | null>(null);

export const ApiProvider = ApiContext.Provider;

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiProvider missing');
  return api;
}

/** Loads a query and reloads it when the input changes; `reload` after a write. */
export function useQuery<C extends Channel>(channel: C, input: InputOf<C>) {
  const api = useApi();
  const key = JSON.stringify(input);
  const [data, setData] = useState<OutputOf<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    api.invoke(channel, JSON.parse(key) as InputOf<C>).then(
      (v) => live && (setData(v), setError(null)),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [api, channel, key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload, setData };
}

import { useEffect, useState } from 'react';
import { useApi } from '../../api/context';
import type { ApiClient } from '../../../shared/api/contract';
import type { MapShapes } from '../../../shared/models/map';

/** Boundaries already fetched, per API client and province: they never change while the app runs. */
const loaded = new WeakMap<ApiClient, Map<string, MapShapes>>();
const pending = new WeakMap<ApiClient, Map<string, Promise<MapShapes>>>();

function fetchShapes(api: ApiClient, code: string): Promise<MapShapes> {
  let byCode = pending.get(api);
  if (!byCode) pending.set(api, (byCode = new Map()));
  let p = byCode.get(code);
  if (!p) {
    p = api.invoke('map.shapes', { provinceCode: code }).then((s) => {
      let done = loaded.get(api);
      if (!done) loaded.set(api, (done = new Map()));
      done.set(code, s);
      return s;
    });
    p.catch(() => byCode.delete(code));
    byCode.set(code, p);
  }
  return p;
}

/**
 * The province's projected boundaries, fetched once per province and kept: switching layer, figure
 * or year only recolours the paths already drawn. Null while loading or when there is no file.
 */
export function useMapShapes(code: string | null): { shapes: MapShapes | null; error: string | null } {
  const api = useApi();
  const ready = code ? (loaded.get(api)?.get(code) ?? null) : null;
  const [state, setState] = useState<{ shapes: MapShapes | null; error: string | null }>({
    shapes: ready,
    error: null,
  });
  useEffect(() => {
    if (!code || ready) return;
    let live = true;
    fetchShapes(api, code).then(
      (shapes) => live && setState({ shapes, error: null }),
      (e: Error) => live && setState({ shapes: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [api, code, ready]);
  if (!code) return { shapes: null, error: null };
  if (ready) return { shapes: ready, error: null };
  return state.shapes?.provinceCode === code ? state : { shapes: null, error: state.error };
}

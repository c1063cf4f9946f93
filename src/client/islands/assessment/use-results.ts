/**
 * Loads the results module (engine, review and result views, share-link decoding) on
 * demand; see results.ts for why. A failed load is reported rather than retried in
 * place: browsers may cache a failed module fetch, and the answers are already kept
 * (in storage or the share link), so reloading the page is reliable and loses nothing.
 */
import { useEffect, useState } from 'preact/hooks';
// Types only: a value import would put the module into the first chunk.
import type * as Results from './results';

export type ResultsModule = typeof Results;
export type ResultsLoad = ResultsModule | 'loading' | 'failed';

let pending: Promise<ResultsModule> | undefined;
let loaded: ResultsModule | undefined;

/** The results module, fetched once per page. */
export function loadResults(): Promise<ResultsModule> {
  pending ??= import('./results').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The results module once `wanted` has been true and it has arrived (at once if it already has). */
export function useResults(wanted: boolean): ResultsLoad {
  const [load, setLoad] = useState<ResultsLoad>('loading');
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadResults().then(
      (module) => live && setLoad(module),
      () => live && setLoad('failed'),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return loaded ?? load;
}

import { createContext, useContext } from 'react';

/**
 * A kept section re-reads its data in place when the data file changed while it was away: `epoch`
 * moves, every query of the section reads again (keeping what it shows until the answer comes),
 * and `track` tells the section which reads it is waiting for, so it can show itself as updating.
 */
export interface DataEpoch {
  epoch: number;
  track: (read: Promise<unknown>) => void;
}

const DataEpochContext = createContext<DataEpoch>({ epoch: 0, track: () => {} });
export const DataEpochProvider = DataEpochContext.Provider;
export const useDataEpoch = () => useContext(DataEpochContext);

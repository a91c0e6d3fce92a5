import { createContext, useContext } from 'react';

/** False while the section holding a component is kept but hidden (another section shows). */
const PageShownContext = createContext(true);
export const PageShownProvider = PageShownContext.Provider;
export const usePageShown = () => useContext(PageShownContext);

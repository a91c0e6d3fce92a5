import { createContext, useContext, type RefObject } from 'react';

/**
 * Whether the section holding a component is shown (false while it is kept but hidden, another
 * section showing). A ref, read when needed (a key press): showing or hiding a section then
 * re-renders nothing inside it.
 */
const PageShownContext = createContext<RefObject<boolean>>({ current: true });
export const PageShownProvider = PageShownContext.Provider;
export const usePageShownRef = () => useContext(PageShownContext);

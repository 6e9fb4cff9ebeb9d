import { createContext, useContext } from 'react';

/** True while a navigation waits for its page (its code is loading): the old page stays meanwhile. */
export const NavigationPending = createContext(false);

export const useNavigationPending = () => useContext(NavigationPending);

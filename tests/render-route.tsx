import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { App } from '../src/app/app';

/**
 * Renders a whole route with the real providers and router, against MSW. A fresh QueryClient per
 * test without retries, so an injected failure shows at once. `router` reads the address and
 * navigates, as a reader's browser would.
 */
export function renderRoute(path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  const router = {
    state: {
      get location() {
        return history.location;
      },
    },
    navigate: async (to: string | number) => (typeof to === 'number' ? history.go(to) : history.push(to)),
  };
  const result = render(<App queryClient={queryClient} history={history} />);
  return { ...result, router, queryClient };
}

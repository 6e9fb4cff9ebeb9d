import { QueryClient } from '@tanstack/react-query';

/**
 * One retry for transient failures (a 500, a dropped connection), then a clear error with a retry
 * button. No global throwOnError: one failing widget must never blank the page.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, retryDelay: 1000, refetchOnWindowFocus: false },
    },
  });
}

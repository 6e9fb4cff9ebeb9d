import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LanguageProvider } from '../lib/i18n/language';
import { RouteLoading } from './layout/route-loading';
import { AppRouter, type AppHistory } from './router/app-router';
import { AppRoutes, preloadPage } from './routes';

interface AppProps {
  queryClient: QueryClient;
  history: AppHistory;
}

export function App({ queryClient, history }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <AppRouter history={history} preloadPage={preloadPage} fallback={<RouteLoading />}>
          <AppRoutes />
        </AppRouter>
      </LanguageProvider>
    </QueryClientProvider>
  );
}

/**
 * In development the backend is mocked by MSW (on by default; VITE_MSW=off to use a real server).
 * The production build never loads MSW: it reads the static files that config.json points at.
 * Shared by the app's entry and the embed pages' entry.
 */
export async function enableMocking(): Promise<void> {
  if (!import.meta.env.DEV || import.meta.env.VITE_MSW === 'off') return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

import { act, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { preloadPage } from '../../src/app/routes';
import { prefetchForPage } from '../../src/api/prefetch-page';

/*
 * /data is drawn by the build without data, and the app hydrates that drawing (main.tsx). By the
 * time the browser renders, its data has often arrived: the render that hydrates must still show
 * the frame the build drew (DatasetGate), or React throws the drawing away and draws it all anew.
 */

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
const history = () => createMemoryHistory({ initialEntries: ['/data'], v5Compat: true });

let container: HTMLElement;
afterEach(() => container.remove());

it('hydrates the data page drawn without data when the data is already there, then shows it', async () => {
  await preloadPage('/data');
  const drawn = renderToString(<App queryClient={client()} history={history()} />);
  expect(drawn).not.toContain('id="unduh"');
  const loaded = client();
  await prefetchForPage(loaded, '/data');
  container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(drawn));
  document.body.append(container);
  const drawnShell = container.firstElementChild;
  const recovered = vi.fn();
  await act(async () => {
    hydrateRoot(container, <App queryClient={loaded} history={history()} />, {
      onRecoverableError: recovered,
    });
  });
  await waitFor(() => expect(container.querySelector('#unduh')).not.toBeNull(), { timeout: 15_000 });
  expect(recovered).not.toHaveBeenCalled();
  expect(container.firstElementChild).toBe(drawnShell);
});

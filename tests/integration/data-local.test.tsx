import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { servePackage } from '../fixtures/serve-package';
import { makePackage, makeProject } from '../fixtures/oc4ids-builders';
import { renderRoute } from '../render-route';
import { saveLocalPackage } from '../../src/domain/export/local-package';

describe('a package imported in this browser', () => {
  it('is shown by the dashboard with a banner until the person returns to the published data', async () => {
    servePackage(makePackage([makeProject()]));
    const local = makePackage([makeProject({ id: 'a' }), makeProject({ id: 'b' }), makeProject({ id: 'c' })]);
    saveLocalPackage(
      local as { projects: unknown[] },
      { savedAt: '2024-01-01T00:00:00Z', fileName: 'paket.xlsx' },
      localStorage,
    );
    renderRoute('/');
    expect(await screen.findByTestId('local-data-notice', {}, { timeout: 10_000 })).toHaveTextContent(
      'paket.xlsx, 3 proyek',
    );
    expect(await screen.findByText('3 proyek', {}, { timeout: 10_000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Kembali ke data terbit' }));
    expect(await screen.findByText('1 proyek', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('local-data-notice')).not.toBeInTheDocument();
  });
});

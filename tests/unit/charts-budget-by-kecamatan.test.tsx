import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { SearchStateProvider } from '../../src/lib/route-state/search-state';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDrawings } from '../../src/components/chart-card/lazy-drawing';
import { BudgetByKecamatanChart } from '../../src/features/charts/budget-by-kecamatan-chart';
import { LanguageProvider } from '../../src/lib/i18n/language';
import type { DatasetMeta } from '../../src/domain/dataset/types';
import { sampleProjects } from './aggregate-arbitraries';

const meta: DatasetMeta = { asOf: '2023-12-29', isSample: true, publisher: 'Penerbit Uji', sourceUrl: 'x' };

// The card loads its drawing's code when it draws (lazyDrawing): have it here, as an embed does.
beforeAll(() => loadDrawings());

describe('BudgetByKecamatanChart', () => {
  it('draws bars, says which kecamatan gets most, and sorts by a control', { timeout: 60_000 }, async () => {
    const { container } = render(
      <LanguageProvider initial="id">
        <MemoryRouter>
          <SearchStateProvider>
            <BudgetByKecamatanChart projects={sampleProjects()} meta={meta} />
          </SearchStateProvider>
        </MemoryRouter>
      </LanguageProvider>,
    );
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Pagu terbesar ada di [A-Z]/);
    const table = screen.getByRole('table', { name: 'Anggaran per kecamatan' });
    await userEvent.selectOptions(screen.getByLabelText('Urutkan'), 'name');
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.firstChild?.textContent);
    expect(names[0]).toBe('Babelan');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartCard } from '../../src/components/chart-card/chart-card';
import { LanguageProvider } from '../../src/lib/i18n/language';
import type { DatasetMeta } from '../../src/domain/dataset/types';

const meta: DatasetMeta = {
  asOf: '2023-12-29',
  isSample: true,
  publisher: 'Penerbit <b>Uji</b>',
  sourceUrl: 'https://x.invalid',
};
const rows = [{ name: 'Babelan', pagu: 5, share: 12.345678901234 }];
type Row = (typeof rows)[number];
const columns = [
  { key: 'name', label: 'Kecamatan', value: (r: Row) => r.name },
  { key: 'pagu', label: 'Pagu', value: (r: Row) => r.pagu, numeric: true },
  { key: 'share', label: 'Porsi (%)', value: (r: Row) => r.share, numeric: true, digits: 1 },
];

function renderCard(isEmpty = false, shownMeta: DatasetMeta = meta) {
  return render(
    <LanguageProvider initial="id">
      <ChartCard
        chartId="uji"
        title="Judul"
        summary="Ringkasan satu kalimat."
        meta={shownMeta}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.name}
        isEmpty={isEmpty}
      >
        <svg className="recharts-surface" />
      </ChartCard>
    </LanguageProvider>,
  );
}

describe('ChartCard', () => {
  it('shows title, summary, source as text, as-of date and the sample label', () => {
    renderCard();
    expect(screen.getByRole('figure', { name: 'Judul' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Ringkasan satu kalimat.' })).toBeInTheDocument();
    expect(screen.getByText(/Sumber: Penerbit <b>Uji<\/b>/)).toBeInTheDocument();
    expect(screen.getByText(/Data per 29 Desember 2023/)).toBeInTheDocument();
    expect(screen.getAllByText(/DATA CONTOH/).length).toBeGreaterThan(0);
    expect(screen.getByRole('table', { name: 'Judul' })).toHaveTextContent('Babelan');
  });

  it("does not call the day an undated package was opened the data's date", () => {
    renderCard(false, { ...meta, asOf: '2026-12-04', asOfSource: 'read-date' });
    expect(screen.getByText(/Dihitung per 4 Desember 2026/)).toBeInTheDocument();
    expect(screen.queryByText(/Data per/)).toBeNull();
  });

  it('shows an empty state instead of a chart when nothing matches', () => {
    renderCard(true);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Tidak ada proyek');
    expect(screen.queryByRole('button', { name: 'Unduh PNG' })).not.toBeInTheDocument();
  });

  it('downloads the data as CSV with its provenance', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:uji';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    const text = await created[0]!.text();
    // The /data convention: decimal commas under ";", rounded to what the table shows.
    expect(text).toContain('Kecamatan;Pagu;Porsi (%)\r\nBabelan;5;12,3\r\n');
    expect(text).toContain('Sumber: Penerbit <b>Uji</b> · Data per 29 Desember 2023');
  });
});

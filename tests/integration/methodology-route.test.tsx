import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { SIGNAL_LABELS, SIGNAL_RULE_TEXT } from '../../src/components/labels/signal-labels';
import { formatNumber } from '../../src/domain/format/number';
import { SIGNALS, SIGNAL_RULES, type SignalSlug } from '../../src/domain/integrity/signals';
import { PERIOD_I_MAX_PLAN, PERIOD_I_TOLERANCE, PERIOD_II_TOLERANCE } from '../../src/domain/progress/kritis';
import { methodologyMessages } from '../../src/features/data-io/methodology-messages';
import { SIGNAL_SOURCES } from '../../src/features/methodology/signal-sources';
import { renderRoute } from '../render-route';

/** The thresholds each rule sentence must show, in Indonesian number format, from SIGNAL_RULES. */
const pct = (share: number) => formatNumber(share * 100, 'id');
const THRESHOLDS: Record<SignalSlug, string[]> = {
  'satu-penawar': [],
  'dekat-hps': [pct(SIGNAL_RULES.nearHpsShare)],
  'jauh-di-bawah-hps': [pct(SIGNAL_RULES.farBelowHpsShare)],
  'nilai-naik': [pct(SIGNAL_RULES.valueIncreaseShare)],
  perpanjangan: [String(SIGNAL_RULES.durationChanges)],
  'bayar-mendahului': [String(SIGNAL_RULES.paymentLeadPoints)],
  'penyedia-dominan': [pct(SIGNAL_RULES.supplierShare), String(SIGNAL_RULES.supplierContracts)],
  'nilai-kembar': [],
};

const sectionOf = (id: string) => {
  const heading = document.getElementById(id);
  expect(heading?.tagName, `#${id} is a heading`).toBe('H2');
  return heading!.closest('section')!;
};

async function openPage(path = '/metodologi') {
  const view = renderRoute(path);
  await screen.findByRole('heading', { level: 1, name: 'Metodologi' });
  return view;
}

// jsdom does not lay out or scroll: record which element each scrollIntoView() was asked of.
let scrolledTo: string[] = [];
beforeEach(() => {
  scrolledTo = [];
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolledTo.push(this.id);
  });
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('/metodologi', () => {
  it('has one section per signal, in order, with its rule, fields, sources and false positives', async () => {
    const requests: string[] = [];
    const onRequest = ({ request }: { request: Request }) => requests.push(request.url);
    server.events.on('request:start', onRequest);
    await openPage();
    server.events.removeListener('request:start', onRequest);

    // The title is set in an effect, which may run after the heading is on screen.
    await waitFor(() => expect(document.title).toBe('Metodologi · PantauBangun'));
    const headings = [...document.querySelectorAll('main section > h2')].map((h) => h.id);
    expect(headings).toEqual([...SIGNALS, 'kritis']);
    for (const slug of SIGNALS) {
      const section = within(sectionOf(slug));
      expect(section.getByRole('heading', { level: 2 })).toHaveTextContent(SIGNAL_LABELS.id[slug]);
      const rule = section.getByTestId('signal-rule');
      expect(rule).toHaveTextContent(SIGNAL_RULE_TEXT.id[slug]);
      for (const threshold of THRESHOLDS[slug]) expect(rule.textContent).toContain(threshold);
      expect(section.getByText('Data yang dibaca (OC4IDS)')).toBeInTheDocument();
      expect(sectionOf(slug).querySelectorAll('code').length).toBeGreaterThan(0);
      const links = section.getAllByRole('link').filter((a) => a.getAttribute('href')!.startsWith('https:'));
      expect(links.map((a) => a.getAttribute('href'))).toEqual(SIGNAL_SOURCES[slug].map((s) => s.href));
      for (const link of links) expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
      const falsePositives = section.getByText('Positif palsu yang diketahui').nextElementSibling;
      expect(falsePositives?.textContent?.length).toBeGreaterThan(40);
      expect(section.getByRole('link', { name: 'Proyek dengan tanda ini di peta' })).toHaveAttribute(
        'href',
        `/?tanda=${slug}`,
      );
    }
    expect(sectionOf('satu-penawar').textContent).toContain(
      'contractingProcesses[].summary.tender.numberOfTenderers',
    );
    expect(sectionOf('dekat-hps').textContent).toContain(
      'contractingProcesses[].summary.tender.costEstimate',
    );
    // The page reads no data: it is whole before any request, and makes none for the package.
    expect(requests.filter((url) => /paket|index\.json|kurva-s/.test(url))).toEqual([]);
  });

  it('says at the top that a signal is not an accusation, how "unknown" counts, and what "whole package" means', async () => {
    await openPage();
    const principles = screen.getByTestId('methodology-principles');
    expect(principles).toHaveTextContent('Tanda, bukan tuduhan.');
    expect(principles).toHaveTextContent(/"Tidak dapat dinilai".*tidak pernah dianggap bersih/);
    expect(principles).toHaveTextContent(
      /"Penyedia dominan" dan "Nilai kembar" .* seluruh paket data .* bukan terhadap tampilan yang sedang disaring/,
    );
    // Above the first rule, in reading order.
    const first = document.getElementById(SIGNALS[0])!;
    expect(principles.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('states the kritis rule in the same words as /data, with the thresholds of the code', async () => {
    await openPage();
    const kritis = sectionOf('kritis');
    expect(kritis).toHaveTextContent(methodologyMessages.id.m_kritis);
    expect(kritis.textContent).toContain(`rencana 0–${PERIOD_I_MAX_PLAN} %`);
    expect(kritis.textContent).toContain(`lebih dari ${PERIOD_I_TOLERANCE} poin`);
    expect(kritis.textContent).toContain(`lebih dari ${PERIOD_II_TOLERANCE} poin`);
    expect(
      within(kritis)
        .getByRole('link', { name: /Kontrak Kritis/ })
        .getAttribute('href'),
    ).toMatch(/^https:\/\//);
  });

  it('speaks English after the language switch', async () => {
    await openPage();
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Methodology' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Methodology · PantauBangun'));
    for (const slug of SIGNALS) {
      const section = within(sectionOf(slug));
      expect(section.getByRole('heading', { level: 2 })).toHaveTextContent(SIGNAL_LABELS.en[slug]);
      expect(section.getByTestId('signal-rule')).toHaveTextContent(SIGNAL_RULE_TEXT.en[slug]);
      expect(section.getByText('Known false positives')).toBeInTheDocument();
    }
    expect(sectionOf('dekat-hps').textContent).toContain(
      `${formatNumber(SIGNAL_RULES.nearHpsShare * 100, 'en')}% of the estimate`,
    );
    expect(screen.getByTestId('methodology-principles')).toHaveTextContent('A signal, not an accusation.');
    expect(sectionOf('kritis')).toHaveTextContent(methodologyMessages.en.m_kritis);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Methodology');
  });

  it('brings the linked section into view: opened directly, from another page, again, and from its contents', async () => {
    const { router } = await openPage('/metodologi#nilai-kembar');
    expect(scrolledTo.at(-1)).toBe('nilai-kembar');

    await act(() => router.navigate('/halaman-lain'));
    await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' });
    await act(() => router.navigate('/metodologi#satu-penawar'));
    expect(scrolledTo.at(-1)).toBe('satu-penawar');
    // The reader's place moves with the view: Tab continues from the section.
    expect(document.activeElement).toBe(document.getElementById('satu-penawar'));

    // A second visit: the path's remembered position must not win over the hash.
    await act(() => router.navigate('/halaman-lain'));
    await act(() => router.navigate('/metodologi#perpanjangan'));
    expect(scrolledTo.at(-1)).toBe('perpanjangan');

    const contents = screen.getByRole('navigation', { name: 'Daftar isi' });
    await userEvent.click(within(contents).getByRole('link', { name: SIGNAL_LABELS.id['bayar-mendahului'] }));
    expect(router.state.location.hash).toBe('#bayar-mendahului');
    expect(scrolledTo.at(-1)).toBe('bayar-mendahului');

    // Back returns to where the reader was, not to the section again.
    const before = scrolledTo.length;
    await act(() => router.navigate(-1));
    expect(router.state.location.hash).toBe('#perpanjangan');
    expect(scrolledTo.length).toBe(before);
  });

  it('is linked from the footer of every page', async () => {
    renderRoute('/halaman-lain');
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Metodologi' })).toHaveAttribute('href', '/metodologi');
  });

  it('carries the understood filters in the main menu, and leaves what no page understands behind', async () => {
    // The methodology page does not filter, yet the reader's filters wait for the next page.
    await openPage('/metodologi?status=kritis&kecamatan=tidak-ada&kategori=JALAN&lain=1');
    const menu = screen.getByRole('navigation', { name: 'Menu utama' });
    expect(within(menu).getByRole('link', { name: 'Statistik' })).toHaveAttribute(
      'href',
      '/statistik?kategori=jalan&status=kritis',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  filterCaption,
  filterCaptionParts,
  type CaptionLabels,
} from '../../src/domain/filters/filter-caption';

import { CAPTION_LABELS } from '../../src/features/charts/caption-labels';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../src/components/labels/domain-labels';

const labels: CaptionLabels = CAPTION_LABELS.id;

describe('filterCaption', () => {
  it('says nothing without a filter', () => {
    expect(filterCaption({}, {}, labels)).toBe('');
    expect(filterCaption({ q: '   ' }, {}, labels)).toBe('');
  });

  it('names kategori before kecamatan, as the issue writes it', () => {
    expect(
      filterCaption(
        { kecamatan: 'tambun-selatan', kategori: 'jalan' },
        { kecamatan: 'Tambun Selatan' },
        labels,
      ),
    ).toBe('Jalan · Kec. Tambun Selatan');
  });

  it('gives every filter one part, in a fixed order, with names from the data', () => {
    expect(
      filterCaptionParts(
        { q: 'jalan raya', kecamatan: 'babelan', sumber: 'apbd-p', status: 'kritis', kategori: 'jembatan' },
        { kecamatan: 'Babelan', sumber: 'APBD-P' },
        labels,
      ),
    ).toEqual(['Jembatan', 'Indikasi kritis', 'APBD-P', 'Kec. Babelan', 'pencarian “jalan raya”']);
  });

  it('names the integrity signals of a tanda filter, in the order of the rules', () => {
    expect(filterCaption({ tanda: 'satu-penawar,dekat-hps' }, {}, labels)).toBe(
      'Tanda: Satu penawar atau Dekat HPS',
    );
  });

  it('falls back to the slug when the caller has no name, never to nothing', () => {
    expect(filterCaption({ kecamatan: 'cikarang-utara', sumber: 'dak' }, {}, labels)).toBe(
      'DAK · Kec. Cikarang Utara',
    );
  });

  it('speaks the labels it is given (English)', () => {
    expect(
      filterCaption(
        { kategori: 'jalan', status: 'terlambat' },
        {},
        { ...labels, kategori: CATEGORY_LABELS.en, status: STATUS_LABELS.en },
      ),
    ).toBe('Road · Late');
  });
});

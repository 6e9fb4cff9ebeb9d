import { describe, expect, it } from 'vitest';
import {
  autoSecondsFromParam,
  clampIndex,
  deckFilters,
  flagFromParam,
  kecamatanSlidesFrom,
  slideIndexFromParam,
  withLegacyKecamatanMoved,
  withoutDeckFilters,
  withSlide,
} from '../../src/domain/route-state/deck-schema';
import { fitScale, stageHeightOf } from '../../src/features/presentation/utils/stage-scale';

describe('the deck URL contract', () => {
  it('presents by every shared filter but the kecamatan, which picks its slide', () => {
    expect(
      deckFilters({ kecamatan: 'babelan', kategori: 'jalan', q: 'kali', tanda: 'satu-penawar' }),
    ).toEqual({
      kategori: 'jalan',
      q: 'kali',
      tanda: 'satu-penawar',
    });
    expect(deckFilters({ kecamatan: 'babelan' })).toEqual({});
  });

  it('drops those filters and the slide for the whole programme, keeping the rest', () => {
    const params = new URLSearchParams(
      'kategori=jalan&status=terlambat&kecamatan=babelan&slide=5&penyaji=1&q=x',
    );
    expect(withoutDeckFilters(params).toString()).toBe('kecamatan=babelan&penyaji=1');
    expect(params.get('kategori')).toBe('jalan');
  });

  it('reads ?slide as 1-based and keeps it inside the deck', () => {
    expect(slideIndexFromParam('3', 12)).toBe(2);
    expect(slideIndexFromParam(null, 12)).toBe(0);
    expect(slideIndexFromParam('0', 12)).toBe(0);
    expect(slideIndexFromParam('99', 12)).toBe(11);
    expect(slideIndexFromParam('abc', 12)).toBe(0);
    expect(slideIndexFromParam('-4', 12)).toBe(0);
    expect(slideIndexFromParam('3', 0)).toBe(0);
  });

  it('writes ?slide as 1-based, omits it on the first slide and keeps other parameters', () => {
    const params = new URLSearchParams('kecamatan=semua&slide=4');
    expect(withSlide(params, 6).toString()).toBe('kecamatan=semua&slide=7');
    expect(withSlide(params, 0).toString()).toBe('kecamatan=semua');
    expect(params.get('slide')).toBe('4');
  });

  it('clamps indexes', () => {
    expect(clampIndex(5, 3)).toBe(2);
    expect(clampIndex(-1, 3)).toBe(0);
    expect(clampIndex(1.7, 3)).toBe(1);
  });

  it('takes ?auto in seconds within sane bounds, off for nonsense', () => {
    expect(autoSecondsFromParam('15')).toBe(15);
    expect(autoSecondsFromParam('1')).toBe(5);
    expect(autoSecondsFromParam('100000')).toBe(600);
    expect(autoSecondsFromParam('0')).toBeUndefined();
    expect(autoSecondsFromParam('x')).toBeUndefined();
    expect(autoSecondsFromParam('')).toBeUndefined();
    expect(autoSecondsFromParam(null)).toBeUndefined();
  });

  it('reads flags', () => {
    expect(flagFromParam('1')).toBe(true);
    expect(flagFromParam('')).toBe(true);
    expect(flagFromParam('0')).toBe(false);
    expect(flagFromParam('false')).toBe(false);
    expect(flagFromParam(null)).toBe(false);
  });
});

describe('fitting the 1920×1080 stage', () => {
  it('is 1 at 1920×1080, two thirds at 1280×720 and letterboxed on 4:3', () => {
    expect(fitScale(1920, 1080)).toBe(1);
    expect(fitScale(1280, 720)).toBeCloseTo(2 / 3);
    // 1024×768: width limits, so the slide keeps 16:9 with bars above and below.
    expect(fitScale(1024, 768)).toBeCloseTo(1024 / 1920);
    expect(fitScale(0, 768)).toBe(0);
  });

  it('keeps a narrower stage, the handout one, at 16:9', () => {
    expect(stageHeightOf(1920)).toBe(1080);
    expect(stageHeightOf(1840)).toBe(1035);
  });
});

describe('which kecamatan get slides', () => {
  const params = (search: string) => new URLSearchParams(search);

  it('reads the deck parameter first, else the kecamatan filter carried from the map', () => {
    expect(kecamatanSlidesFrom(params('slide-kecamatan=semua&kecamatan=babelan'))).toBe('semua');
    expect(kecamatanSlidesFrom(params('kecamatan=babelan'))).toBe('babelan');
    expect(kecamatanSlidesFrom(params('slide=3'))).toBeNull();
  });

  it.each([
    ['kecamatan=semua&slide=4', 'slide=4&slide-kecamatan=semua'],
    ['kecamatan=tidak', 'slide-kecamatan=tidak'],
    ['kecamatan=babelan,tambun-selatan', 'slide-kecamatan=babelan%2Ctambun-selatan'],
    ['kecamatan=SEMUA', 'slide-kecamatan=SEMUA'],
  ])('moves an old link list out of the filter: %s', (before, after) => {
    expect(withLegacyKecamatanMoved(params(before))?.toString()).toBe(after);
  });

  it.each(['kecamatan=babelan', 'slide-kecamatan=tidak&kecamatan=semua', 'slide=2', ''])(
    'leaves %s as it is',
    (search) => {
      expect(withLegacyKecamatanMoved(params(search))).toBeUndefined();
    },
  );
});

import { useLanguage } from '../../lib/i18n/language';

/** Shown on every view of a package that says it is sample data. */
export function SampleNotice({ compact = false }: { compact?: boolean }) {
  const { locale } = useLanguage();
  return (
    <p
      className={compact ? 'sample-notice sample-notice--compact' : 'sample-notice'}
      data-testid="sample-notice"
    >
      <strong>DATA CONTOH</strong>{' '}
      {locale === 'id'
        ? compact
          ? '— bukan data resmi'
          : '— bukan data resmi Pemkab Bekasi. Angka disusun dari fakta yang diberitakan untuk menunjukkan cara kerja PantauBangun.'
        : compact
          ? '— sample, not official data'
          : '— sample, not official data of Kabupaten Bekasi. Figures are built from reported facts to show how PantauBangun works.'}
    </p>
  );
}

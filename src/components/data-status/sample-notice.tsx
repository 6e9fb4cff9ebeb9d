import { useLanguage } from '../../lib/i18n/language';

const TEXT = {
  id: {
    short: '— bukan data resmi',
    long: '— bukan data resmi Pemkab Bekasi. Angka disusun dari fakta yang diberitakan untuk menunjukkan cara kerja PantauBangun.',
  },
  en: {
    short: '— sample, not official data',
    long: '— sample, not official data of Kabupaten Bekasi. Figures are built from reported facts to show how PantauBangun works.',
  },
};

/**
 * Shown on every view of a package that says it is sample data. On phones the long explanation
 * gives way to the short one (CSS), so the map still starts on the first screen.
 */
export function SampleNotice({ compact = false }: { compact?: boolean }) {
  const { locale } = useLanguage();
  const text = TEXT[locale];
  return (
    <p
      className={compact ? 'sample-notice sample-notice--compact' : 'sample-notice'}
      data-testid="sample-notice"
    >
      <strong>DATA CONTOH</strong>{' '}
      {compact ? (
        text.short
      ) : (
        <>
          <span className="sample-notice__short">{text.short}</span>
          <span className="sample-notice__long">{text.long}</span>
        </>
      )}
    </p>
  );
}

import { useLanguage } from '../../lib/i18n/language';

export function LoadingState({ label }: { label?: string }) {
  const { locale } = useLanguage();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? (locale === 'id' ? 'Memuat data proyek…' : 'Loading project data…')}
    </p>
  );
}

import {
  clearLocalPackage,
  LOCAL_PACKAGE_EVENT,
  type LocalPackageInfo,
} from '../../domain/export/local-package';
import { useLanguage } from '../../lib/i18n/language';

/** Shown on every page while the dashboard shows a package imported in this browser. */
export function LocalDataNotice({ info }: { info: LocalPackageInfo }) {
  const { locale } = useLanguage();
  const id = locale === 'id';
  const backToPublished = () => {
    clearLocalPackage(localStorage);
    window.dispatchEvent(new Event(LOCAL_PACKAGE_EVENT));
  };
  return (
    <p className="notice notice--warning" role="status" data-testid="local-data-notice">
      <strong>
        {id ? 'Data impor lokal — hanya di peramban ini.' : 'Locally imported data — in this browser only.'}
      </strong>{' '}
      {id
        ? `${info.fileName}, ${info.projectCount} proyek. Belum diterbitkan.`
        : `${info.fileName}, ${info.projectCount} projects. Not published.`}{' '}
      <button type="button" className="button button--small" onClick={backToPublished}>
        {id ? 'Kembali ke data terbit' : 'Back to the published data'}
      </button>
    </p>
  );
}

import {
  clearLocalPackage,
  LOCAL_PACKAGE_EVENT,
  type LocalPackageInfo,
} from '../../domain/export/local-package';
import { useMessages } from '../../lib/i18n/messages';
import { dataStatusMessages } from './messages';

/** Shown on every page while the dashboard shows a package imported in this browser. */
export function LocalDataNotice({ info }: { info: LocalPackageInfo }) {
  const m = useMessages(dataStatusMessages);
  const backToPublished = () => {
    clearLocalPackage(localStorage);
    window.dispatchEvent(new Event(LOCAL_PACKAGE_EVENT));
  };
  return (
    <p className="notice notice--warning" role="status" data-testid="local-data-notice">
      <strong>{m.localTitle}</strong> {m.localDetail(info.fileName, info.projectCount)}{' '}
      <button type="button" className="button button--small" onClick={backToPublished}>
        {m.backToPublished}
      </button>
    </p>
  );
}

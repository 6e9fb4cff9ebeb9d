import { ImportPage } from '../../features/data-io/components/import-page';
import { importMessages } from '../../features/data-io/import-messages';
import '../../features/data-io/data-io.css';
import { useMessages } from '../../lib/i18n/messages';
import { usePageTitle } from '../../lib/use-page-title';

/** /data/impor: the spreadsheet import. It needs no dataset: the file is the data. */
export function ImportRoute() {
  const t = useMessages(importMessages);
  usePageTitle(t.title);
  return <ImportPage />;
}

import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { buildPackage } from '../../../domain/export/oc4ids-package';
import { LOCAL_PACKAGE_EVENT, saveLocalPackage } from '../../../domain/export/local-package';
import type { ImportedRow } from '../../../domain/spreadsheet/import-table';
import { slugify } from '../../../domain/text/slug';
import { useMessages } from '../../../lib/i18n/messages';
import { importMessages } from '../import-messages';
import { MIME, saveText } from '../../../lib/download/save-file';

interface ImportActionsProps {
  rows: readonly ImportedRow[];
  fileName: string;
  asOf: string;
  onAsOfChange: (value: string) => void;
}

/** Package details, then: keep it in this browser and open the dashboard, or download OC4IDS. */
export function ImportActions({ rows, fileName, asOf, onAsOfChange }: ImportActionsProps) {
  const t = useMessages(importMessages);
  const ids = useId();
  const navigate = useNavigate();
  const [publisher, setPublisher] = useState('Dinas SDABMBK Kabupaten Bekasi');
  const [isSample, setIsSample] = useState(false);
  const [message, setMessage] = useState<string>();
  const pkg = () =>
    buildPackage(
      rows.map((r) => r.record),
      { uri: `urn:pantaubangun:impor:${slugify(fileName) || 'berkas'}:${asOf}`, publisher, asOf, isSample },
    );
  const view = () => {
    const saved = saveLocalPackage(pkg(), { savedAt: new Date().toISOString(), fileName }, localStorage);
    if (!saved.ok) {
      setMessage(saved.reason === 'quota' ? t.quota : t.storageBlocked);
      return;
    }
    window.dispatchEvent(new Event(LOCAL_PACKAGE_EVENT));
    setMessage(t.saved(rows.length));
    void navigate('/');
  };
  const download = () =>
    saveText(
      `${JSON.stringify(pkg(), null, 2)}\n`,
      `paket-oc4ids-${slugify(fileName.replace(/\.[^.]+$/, '')) || 'impor'}-${asOf}.json`,
      MIME.json,
    );
  return (
    <section aria-labelledby={`${ids}-judul`}>
      <h2 id={`${ids}-judul`}>{t.metaTitle}</h2>
      <div className="import-meta">
        <label>
          {t.asOf}
          <input
            type="date"
            value={asOf}
            required
            onChange={(e) => onAsOfChange(e.target.value)}
            aria-describedby={`${ids}-asof`}
          />
        </label>
        <p id={`${ids}-asof`}>{t.asOfHelp}</p>
        <label>
          {t.publisher}
          <input
            type="text"
            value={publisher}
            maxLength={200}
            onChange={(e) => setPublisher(e.target.value)}
          />
        </label>
        <label className="import-meta__check">
          <input type="checkbox" checked={isSample} onChange={(e) => setIsSample(e.target.checked)} />{' '}
          {t.sample}
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="notice notice--warning">{t.nothingValid}</p>
      ) : (
        <ul className="data-downloads__buttons">
          <li>
            <button
              type="button"
              className="button"
              onClick={view}
              aria-describedby={`${ids}-view`}
              data-testid="import-view"
            >
              {t.view}
            </button>
          </li>
          <li>
            <button type="button" className="button" onClick={download} data-testid="import-download">
              {t.download}
            </button>
          </li>
        </ul>
      )}
      <p id={`${ids}-view`}>{t.viewHelp}</p>
      {message && (
        <p role="status" className="notice notice--info">
          {message}
        </p>
      )}
    </section>
  );
}

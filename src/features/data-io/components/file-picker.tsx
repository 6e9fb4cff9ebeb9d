import { useId, useState, type DragEvent } from 'react';
import { useMessages } from '../../../lib/i18n/messages';
import { importMessages } from '../import-messages';
import { useScriptRunning } from '../../../lib/use-script-running';

/** A file input inside a drop zone: keyboard and screen readers use the input, mice may drop. */
export function FilePicker({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const t = useMessages(importMessages);
  const id = useId();
  const [over, setOver] = useState(false);
  // The build's static page draws the picker too: there it waits, disabled, for the script.
  const running = useScriptRunning();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={over ? 'import-drop import-drop--active' : 'import-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id}>{t.pick}</label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy || !running}
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // Choosing the same file again (after fixing it) must read it again.
          event.target.value = '';
        }}
      />
    </div>
  );
}

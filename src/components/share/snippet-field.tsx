import { useId } from 'react';
import { useMessages } from '../../lib/i18n/messages';
import { shareMessages } from './share-messages';
import { useCopy } from './use-copy';
import './snippet-field.css';

/**
 * The embed code to copy: its label, the code (selected whole on focus) and a copy button that says
 * whether it worked. The "Sematkan" dialog and an embed's own menu show the same field.
 */
export function SnippetField({ snippet, rows }: { snippet: string; rows: number }) {
  const t = useMessages(shareMessages);
  const id = useId();
  const { state, copy } = useCopy();
  return (
    <div className="snippet-field">
      <label htmlFor={id} className="snippet-field__label">
        {t.snippetLabel}
      </label>
      <textarea
        id={id}
        className="snippet-field__code"
        readOnly
        rows={rows}
        value={snippet}
        data-testid="embed-snippet"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="snippet-field__copy">
        <button type="button" className="button button--small" onClick={() => void copy(snippet)}>
          {t.copyCode}
        </button>
        <span role="status">{state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}</span>
      </div>
    </div>
  );
}

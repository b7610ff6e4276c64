import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Choose a file by dropping it on the zone or with the file input inside it: the input is the
 * keyboard's and screen readers' way in (a labelled native control), the zone the mouse's.
 */
export function FileDrop({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div
      className={`file-drop${over ? ' over' : ''}`}
      data-testid="file-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p aria-hidden="true">{t('import.dropHere')}</p>
      <label className="field">
        <span>{t('import.chooseFile')}</span>
        <input
          ref={input}
          type="file"
          id="import-file"
          accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.geojson,.zip"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      <p className="small muted">{t('import.formatsHint')}</p>
    </div>
  );
}

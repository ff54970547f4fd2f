import { useState } from 'preact/hooks';
import type { ImportFile } from './import-files';

interface Props {
  onFiles: (files: ImportFile[]) => void | Promise<void>;
  /** Files the browser could not read (moved or deleted since chosen). */
  onUnreadable: (lines: string[]) => void;
}

/** A file input and a drop zone for exported JSON files and bundles. */
export function ImportZone({ onFiles, onUnreadable }: Props) {
  const [over, setOver] = useState(false);
  const take = async (list: FileList | null | undefined) => {
    if (!list || list.length === 0) return;
    const read = await Promise.allSettled([...list].map(readFile));
    const unreadable = read.flatMap((r, n) =>
      r.status === 'rejected' ? [`${list[n]!.name}: could not be read`] : [],
    );
    if (unreadable.length > 0) {
      onUnreadable([
        'The import was refused; nothing was changed.',
        ...unreadable,
      ]);
      return;
    }
    await onFiles(
      read.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    );
  };
  return (
    <div
      class={`import-zone${over ? ' import-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files);
      }}
    >
      <label>
        Import assessments (JSON files or bundles){' '}
        <input
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            const input = e.currentTarget;
            void take(input.files).then(() => (input.value = ''));
          }}
        />
      </label>
      <span class="import-hint">or drop them here</span>
    </div>
  );
}

async function readFile(file: File): Promise<ImportFile> {
  return { name: file.name, text: await file.text() };
}

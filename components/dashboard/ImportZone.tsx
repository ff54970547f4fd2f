import { useState } from 'preact/hooks';
import type { ImportFile } from './import-files';

interface Props {
  onFiles: (files: ImportFile[]) => void;
}

/** A file input and a drop zone for exported JSON files and bundles. */
export function ImportZone({ onFiles }: Props) {
  const [over, setOver] = useState(false);
  const take = async (list: FileList | null | undefined) => {
    if (!list || list.length === 0) return;
    const files = await Promise.all(
      [...list].map(async (file) => ({
        name: file.name,
        text: await file.text(),
      })),
    );
    onFiles(files);
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

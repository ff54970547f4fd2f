import type { LibraryExport } from '@/components/common/library-exports';

interface Props {
  /** How many assessments an export takes: the selection, or all shown. */
  count: number;
  scope: 'selected' | 'all';
  onExport: (kind: LibraryExport) => void;
}

const KINDS: [LibraryExport, string][] = [
  ['bundle', 'JSON bundle'],
  ['wide', 'CSV wide'],
  ['long', 'CSV long'],
  ['robvis', 'robvis CSV'],
];

/** One button per export format, naming what it will export. */
export function ExportButtons({ count, scope, onExport }: Props) {
  return (
    <div class="library-exports" role="group" aria-label="Export">
      <span>
        Export {scope === 'selected' ? `the ${count} selected` : `all ${count}`}
        :
      </span>
      {KINDS.map(([kind, label]) => (
        <button
          key={kind}
          type="button"
          disabled={count === 0}
          onClick={() => onExport(kind)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Assessment } from '@/core/assessment/types';
import { ComparePanel } from './ComparePanel';
import type { DashboardStore } from './dashboard-store';
import { ExportButtons } from './ExportButtons';
import { importFiles, type ImportFile } from './import-files';
import { ImportZone } from './ImportZone';
import { downloadLibrary, type LibraryExport } from './library-exports';
import { libraryRow, rowMatches, type LibraryFilter } from './library-row';
import { LibraryFilters } from './LibraryFilters';
import { LibraryTable } from './LibraryTable';
import { Notice, type NoticeText } from './Notice';
import './dashboard.css';

interface Props {
  store: DashboardStore;
  extensionVersion: string;
}

/** The library of saved assessments, with exports and comparisons. */
export function DashboardApp({ store, extensionVersion }: Props) {
  const [assessments, setAssessments] = useState<Assessment[] | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>({
    rubricId: '',
    text: '',
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [comparing, setComparing] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);

  const reload = () =>
    store
      .loadAll()
      .then(setAssessments, (error) =>
        setNotice({ kind: 'error', lines: [String(error)] }),
      );
  useEffect(() => void reload(), [store]);

  const rows = useMemo(
    () => (assessments ?? []).map(libraryRow),
    [assessments],
  );
  const shown = rows.filter((row) => rowMatches(row, filter));
  const chosen = useMemo(
    () => rows.filter((row) => selected.has(row.assessment.id)),
    [rows, selected],
  );
  const targets = chosen.length > 0 ? chosen : shown;

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  const remove = async (id: string) => {
    await store.remove(id);
    setSelected(new Set([...selected].filter((s) => s !== id)));
    await reload();
  };
  const exportAs = (kind: LibraryExport) => {
    const options = { extensionVersion, now: Date.now() };
    const refused = downloadLibrary(
      kind,
      targets.map((r) => r.assessment),
      options,
    );
    setNotice(refused ? { kind: 'error', lines: [refused] } : null);
  };
  const importAll = async (files: ImportFile[]) => {
    const outcome = await importFiles(files, store);
    setNotice(importNotice(outcome));
    if (outcome.ok) await reload();
  };

  if (!assessments) return <p class="dashboard">Loading…</p>;
  return (
    <main class="dashboard">
      <h1>Your assessments</h1>
      <ImportZone onFiles={importAll} />
      {notice && <Notice text={notice} onClose={() => setNotice(null)} />}
      {rows.length === 0 ? (
        <p>No assessment saved yet.</p>
      ) : (
        <>
          <LibraryFilters filter={filter} onChange={setFilter} />
          <LibraryTable
            rows={shown}
            selected={selected}
            onToggle={toggle}
            onDelete={remove}
          />
          <div class="library-toolbar">
            <button
              type="button"
              onClick={() => setComparing(!comparing)}
              aria-pressed={comparing}
            >
              Compare selected ({chosen.length})
            </button>
            <ExportButtons
              count={targets.length}
              scope={chosen.length > 0 ? 'selected' : 'all'}
              onExport={exportAs}
            />
          </div>
          {comparing && <ComparePanel rows={chosen} />}
        </>
      )}
    </main>
  );
}

function importNotice(
  outcome: Awaited<ReturnType<typeof importFiles>>,
): NoticeText {
  if (!outcome.ok) {
    return {
      kind: 'error',
      lines: [
        'The import was refused; nothing was changed.',
        ...outcome.errors,
      ],
    };
  }
  const { added, updated, unchanged } = outcome;
  return {
    kind: 'info',
    lines: [
      `Imported: ${added} added, ${updated} updated, ${unchanged} unchanged.`,
    ],
  };
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Assessment } from '@/core/assessment/types';
import { ComparePanel } from './ComparePanel';
import type { DashboardStore } from './dashboard-store';
import { ExportButtons } from './ExportButtons';
import { importFiles, importNotice, type ImportFile } from './import-files';
import { ImportZone } from './ImportZone';
import {
  downloadLibrary,
  type LibraryExport,
} from '@/components/common/library-exports';
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
  // A new key per message mounts a new alert, so a screen reader announces
  // a repeated failure too, not only a changed one.
  const [noticeKey, setNoticeKey] = useState(0);
  const show = (text: NoticeText | null) => {
    setNotice(text);
    setNoticeKey((n) => n + 1);
  };

  const reload = () =>
    store
      .loadAll()
      .then(setAssessments, (error) =>
        show({ kind: 'error', lines: [String(error)] }),
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
    const title = rows.find((r) => r.assessment.id === id)?.title ?? id;
    await store.remove(id);
    setSelected(new Set([...selected].filter((s) => s !== id)));
    await reload();
    // Replaces any older message, and is announced: the row is gone.
    show({ kind: 'info', lines: [`Deleted the assessment of “${title}”.`] });
  };
  const exportAs = (kind: LibraryExport) => {
    const options = { extensionVersion, now: Date.now() };
    const refused = downloadLibrary(
      kind,
      targets.map((r) => r.assessment),
      options,
    );
    show(refused ? { kind: 'error', lines: [refused] } : null);
  };
  const importAll = async (files: ImportFile[]) => {
    show(null);
    const outcome = await importFiles(files, store);
    show(importNotice(outcome));
    // A failure part-way still saved some records: show them.
    if (outcome.ok || outcome.saved > 0) await reload();
  };

  if (!assessments) return <p class="dashboard">Loading…</p>;
  return (
    <main class="dashboard">
      <h1>Your assessments</h1>
      <ImportZone
        onFiles={importAll}
        onUnreadable={(lines) => show({ kind: 'error', lines })}
      />
      {notice && (
        <Notice key={noticeKey} text={notice} onClose={() => show(null)} />
      )}
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

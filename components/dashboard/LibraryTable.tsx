import { formatPercent } from '@/components/common/score-text';
import { DeleteButton } from './DeleteButton';
import type { LibraryRow } from './library-row';

interface Props {
  rows: LibraryRow[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onDelete: (id: string) => void;
}

/** The saved assessments, one row each, with their actions. */
export function LibraryTable({ rows, selected, onToggle, onDelete }: Props) {
  return (
    <table class="library">
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">Selected</span>
          </th>
          <th scope="col">Paper</th>
          <th scope="col">Reviewer</th>
          <th scope="col">Rubric</th>
          <th scope="col">Total</th>
          <th scope="col">Band</th>
          <th scope="col">Answered</th>
          <th scope="col">Updated</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row
            key={row.assessment.id}
            row={row}
            checked={selected.has(row.assessment.id)}
            onToggle={() => onToggle(row.assessment.id)}
            onDelete={() => onDelete(row.assessment.id)}
          />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  row: LibraryRow;
  checked: boolean;
  onToggle: () => void;
  onDelete: () => void;
}

function Row({ row, checked, onToggle, onDelete }: RowProps) {
  const { assessment, scores } = row;
  const byline = [row.firstAuthor, row.year].filter(Boolean).join(', ');
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          checked={checked}
          onChange={onToggle}
          aria-label={`Select ${row.title} (${assessment.reviewer})`}
        />
      </td>
      <td>
        <span class="library-title">{row.title}</span>
        {byline && <span class="library-byline">{byline}</span>}
      </td>
      <td>{assessment.reviewer}</td>
      <td>{row.rubricLabel}</td>
      <td>{scores ? formatPercent(scores.percentage) : '–'}</td>
      <td>{scores?.band?.label ?? '–'}</td>
      <td>
        {scores
          ? `${scores.counts.answered} of ${scores.counts.applicable}`
          : '–'}
      </td>
      <td>{new Date(assessment.updatedAt).toISOString().slice(0, 10)}</td>
      <td class="library-actions">
        <a href={`report.html?id=${encodeURIComponent(assessment.id)}`}>
          Report
        </a>
        {row.url && (
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            Paper
          </a>
        )}
        <DeleteButton title={row.title} onConfirm={onDelete} />
      </td>
    </tr>
  );
}

import { listRubrics } from '@/core/rubric';
import type { LibraryFilter } from './library-row';

interface Props {
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
}

/** Rubric choice and text search over the library. */
export function LibraryFilters({ filter, onChange }: Props) {
  return (
    <div class="library-filters" role="search">
      <label>
        Rubric{' '}
        <select
          value={filter.rubricId}
          onChange={(e) =>
            onChange({ ...filter, rubricId: e.currentTarget.value })
          }
        >
          <option value="">All rubrics</option>
          {listRubrics().map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Search{' '}
        <input
          type="search"
          value={filter.text}
          placeholder="title, author, year, reviewer"
          onInput={(e) => onChange({ ...filter, text: e.currentTarget.value })}
        />
      </label>
    </div>
  );
}

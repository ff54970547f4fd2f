import { listRubrics } from '@/core/rubric/registry';

interface Props {
  rubricId: string;
  onChoose: (rubricId: string) => void;
}

/** Chooses the rubric; each rubric keeps its own record of the paper. */
export function RubricChooser({ rubricId, onChoose }: Props) {
  return (
    <div class="rubric-chooser">
      <label for="rubric-choice">Rubric</label>
      <select
        id="rubric-choice"
        value={rubricId}
        onChange={(e) => onChoose(e.currentTarget.value)}
      >
        {listRubrics().map((rubric) => (
          <option key={rubric.id} value={rubric.id}>
            {rubric.label}
          </option>
        ))}
      </select>
    </div>
  );
}

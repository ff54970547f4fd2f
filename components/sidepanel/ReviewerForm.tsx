import { useState } from 'preact/hooks';

interface Props {
  reviewer: string;
  onSave: (reviewer: string) => void;
  /** Shown above the field when the name is still missing. */
  prompt?: string;
}

/** The reviewer's name, stored with every assessment they make. */
export function ReviewerForm({ reviewer, onSave, prompt }: Props) {
  const [name, setName] = useState(reviewer);
  const [problem, setProblem] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
    else setProblem('Enter a name: spaces alone do not name a reviewer.');
  };
  const id = prompt ? 'reviewer-name-prompt' : 'reviewer-name';
  return (
    <form class="reviewer-form" onSubmit={submit}>
      {prompt && <p>{prompt}</p>}
      <label for={id}>Reviewer name</label>
      <input
        id={id}
        type="text"
        autocomplete="name"
        required
        value={name}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onInput={(e) => {
          setName(e.currentTarget.value);
          setProblem('');
        }}
      />
      <button type="submit">Save name</button>
      {!prompt && (
        <p class="field-hint">
          Assessments are kept per reviewer name: a new name starts new
          assessments, and the earlier ones stay in the library.
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

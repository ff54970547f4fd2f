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
  const submit = (event: Event) => {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
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
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <button type="submit">Save name</button>
    </form>
  );
}

import { useEvidence } from './evidence-context';

interface Props {
  id: string;
}

/**
 * The reviewer's choice on a passage found by a loose match: it counts as
 * evidence only once confirmed; a rejected one joins the lost quotes.
 */
export function LooseMatch({ id }: Props) {
  const evidence = useEvidence()!;
  return (
    <div class="evidence-confirm" role="group" aria-label="Confirm the match">
      <button type="button" onClick={() => void evidence.scrollTo(id, id)}>
        Show it
      </button>
      <button type="button" onClick={() => evidence.confirm(id)}>
        Yes, this passage
      </button>
      <button type="button" onClick={() => evidence.reject(id)}>
        No
      </button>
    </div>
  );
}

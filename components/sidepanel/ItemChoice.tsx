import type { ChoiceKind } from './item-choice';

interface Props {
  type: 'radio' | 'checkbox';
  itemId: string;
  kind: ChoiceKind;
  label: string;
  checked: boolean;
  onChange: () => void;
}

/** One labelled choice of an item: an option, unclear or not applicable. */
export function ItemChoice(props: Props) {
  return (
    <label class="choice">
      <input
        type={props.type}
        name={`item-${props.itemId}`}
        data-choice={props.kind}
        checked={props.checked}
        onChange={props.onChange}
      />
      {props.label}
    </label>
  );
}

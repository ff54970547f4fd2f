import { useState } from 'preact/hooks';
import type { ItemEntry } from '@/core/assessment/types';
import type { Item, ItemAnswer } from '@/core/rubric/types';
import { EvidenceSlot } from './EvidenceSlot';
import { isChosen, justify, pickOption, type ChoiceKind } from './item-choice';
import { ItemNote } from './ItemNote';
import { Justification } from './Justification';

/** How long typed text waits before it is saved. */
export const TYPING_DELAY = 400;

interface Props {
  item: Item;
  entry: ItemEntry | undefined;
  /** Records an answer (undefined clears it), saved after `delay` ms. */
  onAnswer: (answer: ItemAnswer | undefined, delay: number) => void;
  onNote: (note: string) => void;
}

/** One item: its choices, help, note and evidence. */
export function ItemFieldset({ item, entry, onAnswer, onNote }: Props) {
  const answer = entry?.answer;
  // Not applicable is shown as chosen before its reason is recorded.
  const [pendingNA, setPendingNA] = useState(false);
  const showNA = pendingNA || answer?.kind === 'not-applicable';
  const type = item.multiple ? 'checkbox' : 'radio';
  const choose = (next: ItemAnswer | undefined) => {
    setPendingNA(false);
    onAnswer(next, 0);
  };
  const unclear = answer?.kind === 'unclear' && !showNA;
  return (
    <fieldset class="item" data-item-id={item.id}>
      <legend>
        <span class="item-number">{item.number}</span> {item.label}
      </legend>
      <div class="choices">
        {item.options.map((option) => (
          <Choice
            key={option.id}
            type={type}
            name={item.id}
            kind="option"
            label={option.label}
            checked={!showNA && isChosen(item, answer, option.id)}
            onChange={() => choose(pickOption(item, answer, option.id))}
          />
        ))}
        <Choice
          type={type}
          name={item.id}
          kind="unclear"
          label="Not reported / unclear"
          checked={unclear}
          onChange={() => choose(unclear ? undefined : { kind: 'unclear' })}
        />
        {item.allowNotApplicable && (
          <Choice
            type={type}
            name={item.id}
            kind="not-applicable"
            label="Not applicable"
            checked={showNA}
            onChange={() =>
              showNA ? choose(justify(answer, '')) : setPendingNA(true)
            }
          />
        )}
      </div>
      {showNA && (
        <Justification
          itemId={item.id}
          recorded={
            answer?.kind === 'not-applicable' ? answer.justification : ''
          }
          onInput={(text) => onAnswer(justify(answer, text), TYPING_DELAY)}
        />
      )}
      <details class="help">
        <summary>Help</summary>
        <p>{item.help}</p>
      </details>
      <ItemNote itemId={item.id} note={entry?.note ?? ''} onNote={onNote} />
      <EvidenceSlot itemId={item.id} />
    </fieldset>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  name: string;
  kind: ChoiceKind;
  label: string;
  checked: boolean;
  onChange: () => void;
}

function Choice(props: ChoiceProps) {
  return (
    <label class="choice">
      <input
        type={props.type}
        name={`item-${props.name}`}
        data-choice={props.kind}
        checked={props.checked}
        onChange={props.onChange}
      />
      {props.label}
    </label>
  );
}

import { itemLegendId } from '@/components/common/item-ids';
import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { ItemEntry } from '@/core/assessment/types';
import type { Item, ItemAnswer } from '@/core/rubric/types';
import { EvidenceSlot } from './EvidenceSlot';
import { isChosen, justify, pickOption } from './item-choice';
import { ItemChoice as Choice } from './ItemChoice';
import { ItemNote } from './ItemNote';
import { Justification } from './Justification';

/** How long typed text waits before it is saved. */
export const TYPING_DELAY = 400;

interface Props {
  item: Item;
  entry: ItemEntry | undefined;
  /** Records an answer (undefined clears it), saved after `delay` ms. */
  onAnswer: AnswerItem;
  onNote: NoteItem;
}

export type AnswerItem = (
  itemId: string,
  answer: ItemAnswer | undefined,
  delay: number,
) => void;
export type NoteItem = (itemId: string, note: string) => void;

/**
 * One item: its choices, help, note and evidence. An answer re-renders its
 * own item only, which keeps 50-item rubrics quick.
 */
// A class only for shouldComponentUpdate: preact/compat's memo would also
// switch every onChange to onInput across the app.
export class ItemFieldset extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return !sameItemProps(this.props, next);
  }

  override render() {
    return <ItemView {...this.props} />;
  }
}

function ItemView(props: Props) {
  const { item, entry, onAnswer, onNote } = props;
  const answer = entry?.answer;
  // Not applicable is shown as chosen before its reason is recorded.
  const [pendingNA, setPendingNA] = useState(false);
  const showNA = pendingNA || answer?.kind === 'not-applicable';
  const type = item.multiple ? 'checkbox' : 'radio';
  const choose = (next: ItemAnswer | undefined) => {
    setPendingNA(false);
    onAnswer(item.id, next, 0);
  };
  const unclear = answer?.kind === 'unclear' && !showNA;
  return (
    <fieldset class="item" data-item-id={item.id}>
      <legend id={itemLegendId(item.id)}>
        <span class="item-number">{item.number}</span> {item.label}
      </legend>
      <div class="choices">
        {item.options.map((option) => (
          <Choice
            key={option.id}
            type={type}
            itemId={item.id}
            kind="option"
            label={option.label}
            checked={!showNA && isChosen(item, answer, option.id)}
            onChange={() => choose(pickOption(item, answer, option.id))}
          />
        ))}
        <Choice
          type={type}
          itemId={item.id}
          kind="unclear"
          label="Not reported / unclear"
          checked={unclear}
          onChange={() => choose(unclear ? undefined : { kind: 'unclear' })}
        />
        {item.allowNotApplicable && (
          <Choice
            type={type}
            itemId={item.id}
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
          onInput={(text) =>
            onAnswer(item.id, justify(answer, text), TYPING_DELAY)
          }
        />
      )}
      <details class="help">
        <summary>Help</summary>
        <p>{item.help}</p>
      </details>
      <ItemNote
        itemId={item.id}
        note={entry?.note ?? ''}
        onNote={(note) => onNote(item.id, note)}
      />
      <EvidenceSlot itemId={item.id} />
    </fieldset>
  );
}

// Saved and merged records arrive as fresh copies (storage clones them),
// so entries are compared by content, not by identity.
function sameItemProps(a: Props, b: Props): boolean {
  return (
    a.item === b.item &&
    a.onAnswer === b.onAnswer &&
    a.onNote === b.onNote &&
    (a.entry === b.entry || JSON.stringify(a.entry) === JSON.stringify(b.entry))
  );
}

import type { ItemEntry } from '@/core/assessment/types';
import { itemApplies } from '@/core/rubric/profile';
import type { Domain, Item, ProfileAnswers, Rubric } from '@/core/rubric/types';
import { formatPercent } from '@/components/common/score-text';
import { ItemFieldset, type AnswerItem, type NoteItem } from './ItemFieldset';
import { handleItemShortcut } from './item-shortcuts';

interface Props {
  rubric: Rubric;
  profile: ProfileAnswers;
  entries: Record<string, ItemEntry>;
  domainPercentages: Record<string, number | null>;
  onAnswer: AnswerItem;
  onNote: NoteItem;
}

/** The rubric's items grouped by domain, with keyboard shortcuts. */
export function ItemList(props: Props) {
  const { rubric } = props;
  return (
    <div
      class="items"
      onKeyDown={(e) => handleItemShortcut(e, e.currentTarget)}
    >
      <p class="muted shortcut-hint">
        Keys inside an item: j/k next/previous, 1-9 option, u unclear, n not
        applicable.
      </p>
      {rubric.domains.map((domain) => (
        <DomainSection
          key={domain.id}
          {...props}
          domain={domain}
          items={rubric.items.filter((item) => item.domain === domain.id)}
        />
      ))}
    </div>
  );
}

function DomainSection(props: Props & { domain: Domain; items: Item[] }) {
  const { domain } = props;
  const headingId = `domain-${domain.id}`;
  if (props.items.length === 0) return null;
  return (
    <section class="domain" aria-labelledby={headingId}>
      <h2 id={headingId} class="domain-title">
        <span>{domain.label}</span>
        <span class="domain-score">
          {formatPercent(props.domainPercentages[domain.id] ?? null)}
        </span>
      </h2>
      {props.items.map((item) => {
        const fieldset = (
          <ItemFieldset
            key={item.id}
            item={item}
            entry={props.entries[item.id]}
            onAnswer={props.onAnswer}
            onNote={props.onNote}
          />
        );
        if (itemApplies(item, props.profile)) return fieldset;
        return (
          <details key={item.id} class="item-not-applicable">
            <summary>
              {item.number} {item.label}: n/a for this study profile
            </summary>
            {fieldset}
          </details>
        );
      })}
    </section>
  );
}

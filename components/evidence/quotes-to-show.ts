import type { Assessment } from '@/core/assessment/types';
import { liveEvidence } from '@/core/assessment/edit';
import type { QuoteToShow } from '@/core/evidence-protocol';
import type { Rubric } from '@/core/rubric/types';

/**
 * The quotes of an assessment as the page should show them: every live
 * quote with selectors, coloured by the domain of its first item that the
 * rubric knows, and labelled with the items it supports.
 */
export function quotesToShow(
  assessment: Assessment,
  rubric: Rubric,
): QuoteToShow[] {
  return liveEvidence(assessment)
    .filter((entry) => entry.selectors.length > 0)
    .map((entry) => ({
      id: entry.id,
      selectors: entry.selectors,
      domain: domainOf(rubric, entry.itemIds),
      itemLabels: entry.itemIds.map((id) => itemLabel(rubric, id)),
    }));
}

/** The domain of the first known item; '' when the rubric knows none. */
export function domainOf(rubric: Rubric, itemIds: string[]): string {
  for (const id of itemIds) {
    const item = rubric.items.find((i) => i.id === id);
    if (item) return item.domain;
  }
  return '';
}

/** "12 Label" as the panel numbers items, or the bare id of an unknown one. */
export function itemLabel(rubric: Rubric, itemId: string): string {
  const item = rubric.items.find((i) => i.id === itemId);
  return item ? `${item.number} ${item.label}` : itemId;
}

/** Live quotes grouped by the domain that colours them, in rubric order. */
export function groupByDomain(
  quotes: QuoteToShow[],
): Map<string, QuoteToShow[]> {
  const groups = new Map<string, QuoteToShow[]>();
  for (const quote of quotes) {
    const group = groups.get(quote.domain) ?? [];
    group.push(quote);
    groups.set(quote.domain, group);
  }
  return groups;
}

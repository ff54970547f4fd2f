/**
 * The id of an item's legend in the panel: controls repeated in every item
 * (adding a quote, for one) point to it so a screen reader says which item
 * they act on.
 */
export function itemLegendId(itemId: string): string {
  return `item-legend-${itemId}`;
}

/**
 * The panel's evidence state: where each quote stands on the page, the
 * reviewer's verdicts on loose matches, and the actions of the evidence
 * controls. Quotes are shown again whenever they change or the page does.
 */
import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { Assessment } from '@/core/assessment/types';
import type { EvidenceRequest, QuoteStatus } from '@/core/evidence-protocol';
import type { Rubric } from '@/core/rubric/types';
import { addCapture, relinkEvidence, unlinkEvidence } from './evidence-edits';
import type { EvidencePort, ReplyTo } from './evidence-port';
import { quotesToShow } from './quotes-to-show';
import { createVerdicts } from './verdicts';

/** The part of the panel's store evidence works with. */
export interface EvidenceStore {
  assessment: ReadonlySignal<Assessment | undefined>;
  rubric: ReadonlySignal<Rubric>;
  edit(change: (assessment: Assessment, now: number) => Assessment): void;
}

/** Where a quote stands; 'pending' until the page has answered. */
export type QuoteState = QuoteStatus['status'] | 'pending';

/** A message for the reviewer, shown beside the control it concerns. */
export interface EvidenceNotice {
  /** An item id, or `panel` for the panel as a whole. */
  place: string;
  text: string;
}

export type EvidenceController = ReturnType<typeof createEvidenceController>;

/** Builds the evidence state over the panel's store and a page port. */
export function createEvidenceController(
  store: EvidenceStore,
  port: EvidencePort,
  newId: () => string = () => crypto.randomUUID(),
) {
  const found = signal<Record<string, QuoteStatus['status']>>({});
  const notice = signal<EvidenceNotice | null>(null);
  const focusedItem = signal<string | undefined>(undefined);
  const verdicts = createVerdicts();
  const shown = computed(() => {
    const a = store.assessment.value;
    if (!a) return undefined;
    const quotes = quotesToShow(a, store.rubric.value);
    return quotes.filter((q) => !verdicts.rejected.value.has(q.id));
  });
  const shownKey = computed(() => JSON.stringify(shown.value ?? null));

  async function ask<R extends EvidenceRequest>(
    request: R,
    place: string,
  ): Promise<ReplyTo<R> | undefined> {
    try {
      return await port.request(request);
    } catch {
      notice.value = { place, text: UNREACHABLE };
      return undefined;
    }
  }

  // Replies can cross: only the answer to the latest show counts.
  let showing = 0;
  const stopShowing = effect(() => {
    void shownKey.value;
    void port.pageRevision.value;
    const quotes = shown.peek();
    if (!quotes) return;
    const ticket = ++showing;
    void ask({ type: 'evidence:show', quotes }, 'panel').then((reply) => {
      if (ticket !== showing || !reply) return;
      found.value = Object.fromEntries(reply.map((s) => [s.id, s.status]));
    });
  });

  async function capture(place: string) {
    const reply = await ask({ type: 'evidence:capture' }, place);
    if (!reply) return undefined;
    notice.value = reply.ok ? null : { place, text: reply.message };
    return reply.ok ? reply.quote : undefined;
  }

  const controller = {
    assessment: store.assessment,
    rubric: store.rubric,
    notice: notice as ReadonlySignal<EvidenceNotice | null>,
    focusedItem,
    /** Where a quote stands, the reviewer's verdict taken into account. */
    stateOf(id: string): QuoteState {
      return verdicts.apply(id, found.value[id]) ?? 'pending';
    },
    async addSelection(itemId: string) {
      const quote = await capture(itemId);
      if (quote)
        store.edit((a, now) => addCapture(a, quote, itemId, now, newId));
    },
    async relink(evidenceId: string, place: string) {
      const quote = await capture(place);
      if (!quote) return;
      verdicts.forget(evidenceId);
      store.edit((a, now) => relinkEvidence(a, evidenceId, quote, now));
    },
    confirm: (evidenceId: string) => verdicts.confirm(evidenceId),
    reject: (evidenceId: string) => verdicts.reject(evidenceId),
    unlink(evidenceId: string, itemId: string) {
      store.edit((a, now) => unlinkEvidence(a, evidenceId, itemId, now));
    },
    async scrollTo(evidenceId: string, place: string) {
      await ask({ type: 'evidence:scroll-to', id: evidenceId }, place);
    },
    dispose: () => {},
  };

  const stopShortcut = port.onAddShortcut(() => {
    const itemId = focusedItem.peek();
    if (itemId) void controller.addSelection(itemId);
    else notice.value = { place: 'panel', text: NO_FOCUSED_ITEM };
  });
  controller.dispose = () => {
    stopShowing();
    stopShortcut();
  };
  return controller;
}

const UNREACHABLE =
  'The page cannot be reached: reload the article tab, or open the paper in a tab the browser lets extensions read.';
const NO_FOCUSED_ITEM =
  'Click an item in the panel first: the shortcut adds the selection to the item that has focus.';

/**
 * The panel's evidence state: where each quote stands on the page, the
 * reviewer's verdicts on loose matches, the page note offered on a scan,
 * and the actions of the evidence controls. Quotes are shown again
 * whenever they change or the page does.
 */
import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { Assessment, EvidenceEntry } from '@/core/assessment/types';
import type { EvidenceRequest, QuoteStatus } from '@/core/evidence-protocol';
import type { Rubric } from '@/core/rubric/types';
import { addCapture, relinkEvidence, unlinkEvidence } from './evidence-edits';
import type { EvidencePort, ReplyTo } from './evidence-port';
import { createPageNoteOffer } from './page-note-offer';
import { quoteState, type QuoteState } from './quote-state';
import { quotesToShow } from './quotes-to-show';
import { createVerdicts } from './verdicts';

/** The part of the panel's store evidence works with. */
export interface EvidenceStore {
  assessment: ReadonlySignal<Assessment | undefined>;
  rubric: ReadonlySignal<Rubric>;
  edit(change: (assessment: Assessment, now: number) => Assessment): void;
}

export type { QuoteState };

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
  const pageNote = createPageNoteOffer(store, newId);
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
    if (reply) notice.value = reply.ok ? null : { place, text: reply.message };
    return reply;
  }

  const controller = {
    assessment: store.assessment,
    rubric: store.rubric,
    notice: notice as ReadonlySignal<EvidenceNotice | null>,
    focusedItem,
    pageNoteOffer: pageNote.offer,
    /** Where a quote stands, the reviewer's verdict taken into account. */
    stateOf(entry: EvidenceEntry): QuoteState {
      const { id } = entry;
      return quoteState(
        entry,
        found.value[id],
        port.pageKind.value,
        (reported) => verdicts.apply(id, reported) ?? 'pending',
      );
    },
    async addSelection(itemId: string) {
      const reply = await capture(itemId);
      pageNote.close();
      if (reply?.ok) {
        const { quote } = reply;
        store.edit((a, now) => addCapture(a, quote, itemId, now, newId));
      } else if (reply?.reason === 'no-text-layer') {
        pageNote.open(itemId, reply);
      }
    },
    /** Saves the offered page note on `page` (1-based) to its item. */
    addPageNote(page: number, text: string) {
      pageNote.save(page, text);
      notice.value = null;
    },
    cancelPageNote() {
      pageNote.close();
      notice.value = null;
    },
    async relink(evidenceId: string, place: string) {
      const reply = await capture(place);
      if (!reply?.ok) return;
      verdicts.forget(evidenceId);
      const { quote } = reply;
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

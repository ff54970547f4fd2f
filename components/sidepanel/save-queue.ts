/**
 * Saves one assessment record: at most one write in flight, typed text
 * debounced, and the newest in-memory copy always the one written next. A
 * failed write is not retried on a timer; the next change writes the whole
 * record again, so the failed answer goes with it and nothing is lost.
 */
import type { Assessment } from '@/core/assessment/types';

export interface SaveQueue {
  /** Writes `record` after `delay` ms (0: now), replacing a pending one. */
  schedule(record: Assessment, delay: number): void;
  /** Writes the pending record now, if there is one. */
  flush(): void;
  /**
   * As the page goes away: hands the pending record to `write`, which must
   * dispatch it at once, even while another write is still in flight.
   */
  lastChance(write: (record: Assessment) => void): void;
}

interface SaveCallbacks {
  write(record: Assessment): Promise<Assessment>;
  saved(merged: Assessment): void;
  failed(message: string | null): void;
}

/** A queue of writes for one record. */
export function createSaveQueue(callbacks: SaveCallbacks): SaveQueue {
  let pending: Assessment | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = false;

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (writing || !pending) return;
    const record = pending;
    pending = undefined;
    writing = true;
    callbacks.write(record).then(
      (merged) => {
        callbacks.failed(null);
        callbacks.saved(merged);
        done();
      },
      (error: unknown) => {
        callbacks.failed(describeSaveError(error));
        done();
      },
    );
  }

  // A change made while a write was in flight is written right after it.
  function done() {
    writing = false;
    if (pending && timer === undefined) flush();
  }

  function lastChance(write: (record: Assessment) => void) {
    clearTimeout(timer);
    timer = undefined;
    if (pending) write(pending);
    pending = undefined;
  }

  function schedule(record: Assessment, delay: number) {
    pending = record;
    clearTimeout(timer);
    timer = undefined;
    if (delay > 0) timer = setTimeout(flush, delay);
    else flush();
  }

  return { schedule, flush, lastChance };
}

/** The message shown to the reviewer when a write fails. */
export function describeSaveError(error: unknown): string {
  if (error instanceof Error && error.name === 'StorageWriteError') {
    return error.message;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Saving failed: ${detail}`;
}

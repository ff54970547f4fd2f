// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateText } from '@/entrypoints/evidence/late-text';

/** Lets the observer see the change, then the debounce run out. */
async function settle(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchLateText', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tries again once changes have been quiet for the debounce time', async () => {
    const retry = vi.fn(() => false);
    watchLateText(document.body, retry, { debounceMs: 100 });
    document.body.append('one');
    await settle(50);
    document.body.append('two');
    await settle(50);
    expect(retry).not.toHaveBeenCalled();
    await settle(60);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('stops when nothing is left to find', async () => {
    const retry = vi.fn(() => true);
    watchLateText(document.body, retry, { debounceMs: 10 });
    document.body.append('one');
    await settle(20);
    document.body.append('two');
    await settle(20);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('stops after the bounded number of tries', async () => {
    const retry = vi.fn(() => false);
    watchLateText(document.body, retry, { debounceMs: 10, maxAttempts: 2 });
    for (let i = 0; i < 4; i++) {
      document.body.append(`text ${i}`);
      await settle(20);
    }
    expect(retry).toHaveBeenCalledTimes(2);
  });
});

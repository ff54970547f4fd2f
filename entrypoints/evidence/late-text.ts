export interface LateTextOptions {
  /** Quiet time after the last change before trying again. */
  debounceMs?: number;
  /** Tries at most this many times... */
  maxAttempts?: number;
  /** ...and for at most this long after watching starts. */
  maxMs?: number;
}

/**
 * Watches `root` for text a page adds after its first paint (articles that
 * render their body with a script) and calls `retry` once changes settle.
 * `retry` returns true when nothing is left to find. Watching stops then,
 * or after a bounded number of tries and time: a page that keeps changing
 * (a clock, an ad carousel) must not keep us anchoring forever.
 */
export function watchLateText(
  root: Node,
  retry: () => boolean,
  options: LateTextOptions = {},
): { stop(): void } {
  const { debounceMs = 400, maxAttempts = 8, maxMs = 30_000 } = options;
  const started = Date.now();
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(attempt, debounceMs);
  });
  function attempt() {
    attempts++;
    const done = retry();
    if (done || attempts >= maxAttempts || Date.now() - started > maxMs) stop();
  }
  function stop() {
    clearTimeout(timer);
    observer.disconnect();
  }
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return { stop };
}

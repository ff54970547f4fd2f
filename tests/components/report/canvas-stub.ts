import { vi } from 'vitest';

/**
 * happy-dom has no 2D canvas: uPlot gets a context whose every method does
 * nothing, and an empty Path2D. What it draws is checked in Chromium.
 */
export function stubCanvas(): void {
  const inert = new Proxy({}, { get: () => () => ({}) });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => inert as never,
  );
  vi.stubGlobal(
    'Path2D',
    class {
      rect() {}
      moveTo() {}
      lineTo() {}
      arc() {}
      closePath() {}
      addPath() {}
    },
  );
}

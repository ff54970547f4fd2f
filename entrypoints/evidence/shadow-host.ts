/**
 * An element appended to `<html>` (outside `<body>`, so outside the text
 * quotes are anchored in) holding a closed shadow root: the page's styles
 * and scripts cannot reach what is drawn inside.
 */
export function createShadowHost(
  doc: Document,
  tag: string,
  css: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.style.cssText =
    'position: absolute; top: 0; left: 0; width: 0; height: 0; ' +
    'overflow: visible; pointer-events: none; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new doc.defaultView!.CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  doc.documentElement.append(host);
  return { host, root };
}

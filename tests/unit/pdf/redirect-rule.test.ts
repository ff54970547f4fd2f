import { describe, expect, it } from 'vitest';
import { pdfAddressOf, pdfRedirectRule } from '@/core/pdf';

const VIEWER = 'chrome-extension://abc/viewer.html';

describe('pdfRedirectRule', () => {
  it('redirects top-level PDF responses to the viewer with their address', () => {
    const rule = pdfRedirectRule(VIEWER, []);
    expect(rule.action.redirect.regexSubstitution).toBe(`${VIEWER}?file=\\0`);
    expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    expect(rule.condition.responseHeaders).toEqual([
      { header: 'content-type', values: ['application/pdf*'] },
    ]);
    expect(rule.condition.excludedRequestDomains).toBeUndefined();
  });

  it('writes an address the viewer reads back unchanged', () => {
    const rule = pdfRedirectRule(VIEWER, []);
    const address = 'https://a.org/get?id=7&type=pdf';
    // What the browser does with the rule: `\0` is the whole match.
    const matched = new RegExp(rule.condition.regexFilter).exec(address)![0];
    const target = rule.action.redirect.regexSubstitution.replace(
      '\\0',
      matched,
    );
    expect(pdfAddressOf(new URL(target).search)).toBe(address);
  });

  it('leaves sites set to the browser’s viewer alone', () => {
    const rule = pdfRedirectRule(VIEWER, ['journals.example.org']);
    expect(rule.condition.excludedRequestDomains).toEqual([
      'journals.example.org',
    ]);
  });

  it('lets attachments download as the server asked', () => {
    expect(
      pdfRedirectRule(VIEWER, []).condition.excludedResponseHeaders,
    ).toEqual([{ header: 'content-disposition', values: ['attachment*'] }]);
  });
});

/**
 * The declarativeNetRequest rule that opens PDFs from the web in our viewer.
 * Written as plain data (the shape of chrome.declarativeNetRequest.Rule), so
 * it can be tested without a browser.
 */
export interface PdfRedirectRule {
  id: number;
  priority: number;
  action: {
    type: 'redirect';
    redirect: { regexSubstitution: string };
  };
  condition: {
    regexFilter: string;
    resourceTypes: ['main_frame'];
    responseHeaders: Array<{ header: string; values: string[] }>;
    excludedResponseHeaders: Array<{ header: string; values: string[] }>;
    excludedRequestDomains?: string[];
  };
}

export const PDF_REDIRECT_RULE_ID = 1;

/**
 * Redirects every top-level response served as `application/pdf` (whatever
 * its address looks like, so `.pdf` links and PDF downloads by script alike)
 * to `viewerPage?file=<address>`, except downloads the server marked as
 * attachments and sites where the reviewer chose the browser's viewer.
 * Matching on the response's content type needs Chrome 128 or later.
 */
export function pdfRedirectRule(
  viewerPage: string,
  nativeSites: readonly string[],
): PdfRedirectRule {
  const rule: PdfRedirectRule = {
    id: PDF_REDIRECT_RULE_ID,
    priority: 1,
    action: {
      type: 'redirect',
      // `\0` is the whole address matched by regexFilter.
      redirect: { regexSubstitution: `${viewerPage}?file=\\0` },
    },
    condition: {
      regexFilter: '^https?://.*$',
      resourceTypes: ['main_frame'],
      responseHeaders: [
        { header: 'content-type', values: ['application/pdf*'] },
      ],
      excludedResponseHeaders: [
        { header: 'content-disposition', values: ['attachment*'] },
      ],
    },
  };
  if (nativeSites.length > 0) {
    rule.condition.excludedRequestDomains = [...nativeSites];
  }
  return rule;
}

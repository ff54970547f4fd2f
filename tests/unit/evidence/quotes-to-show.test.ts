import { describe, expect, it } from 'vitest';
import { addCapture } from '@/components/evidence/evidence-edits';
import { domainColour } from '@/components/evidence/domain-colour';
import {
  groupByDomain,
  quotesToShow,
} from '@/components/evidence/quotes-to-show';
import { removeEvidence } from '@/core/assessment/edit';
import { requireRubric } from '@/core/rubric/registry';
import { capture, emptyAssessment, sequentialIds } from './fixtures';

// Ids, numbers, labels and domains read from core/rubrics/radar.json.
const radar = requireRubric('radar');
const sd01 = radar.items.find((i) => i.id === 'R-SD-01')!;

describe('quotesToShow', () => {
  it('colours a quote by its first item and labels it with every item', () => {
    const ids = sequentialIds();
    let a = addCapture(
      emptyAssessment(),
      capture('One.', 0),
      'R-SD-01',
      2000,
      ids,
    );
    a = addCapture(a, capture('One.', 0), 'no-such-item', 2001, ids);
    const [quote] = quotesToShow(a, radar);
    expect(quote).toMatchObject({ id: 'q1', domain: 'SD' });
    expect(quote!.itemLabels).toEqual([`SD-01 ${sd01.label}`, 'no-such-item']);
  });

  it('leaves out removed quotes and quotes without selectors', () => {
    const ids = sequentialIds();
    let a = addCapture(
      emptyAssessment(),
      capture('One.', 0),
      'R-SD-01',
      2000,
      ids,
    );
    a = addCapture(a, capture('Two.', 9), 'R-SD-01', 2001, ids);
    a = removeEvidence(a, 'q1', 3000);
    a.evidence.note = { ...a.evidence.q2!, id: 'note', selectors: [] };
    expect(quotesToShow(a, radar).map((q) => q.id)).toEqual(['q2']);
  });
});

describe('groupByDomain', () => {
  it('groups quotes by domain in order of first appearance', () => {
    const quote = (id: string, domain: string) => ({
      id,
      domain,
      selectors: [] as [],
      itemLabels: [],
    });
    const groups = groupByDomain([
      quote('a', 'SD'),
      quote('b', 'FE'),
      quote('c', 'SD'),
    ]);
    expect([...groups.keys()]).toEqual(['SD', 'FE']);
    expect(groups.get('SD')!.map((q) => q.id)).toEqual(['a', 'c']);
  });
});

describe('domainColour', () => {
  it('gives a domain the same colour every time', () => {
    expect(domainColour('SD')).toBe(domainColour('SD'));
    expect(domainColour('SD')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

/**
 * Checks on a rubric that a shape schema cannot express. Each message names
 * the field path, like the schema's own messages.
 */
import type { Item, ProfileQuestion, Rubric, Rule } from './types';

/** Returns one message per problem; empty when the rubric is consistent. */
export function checkRubric(rubric: Rubric): string[] {
  return [
    ...duplicates(
      rubric.domains.map((d) => d.id),
      'domains',
    ),
    ...duplicates(
      rubric.items.map((i) => i.id),
      'items',
    ),
    ...duplicates(
      rubric.profile.map((q) => q.id),
      'profile',
    ),
    ...rubric.profile.flatMap((q, n) => checkQuestion(rubric, q, n)),
    ...rubric.items.flatMap((item, n) => checkItem(rubric, item, n)),
  ];
}

function duplicates(ids: string[], path: string): string[] {
  return ids.flatMap((value, n) =>
    ids.indexOf(value) < n ? [`${path}[${n}].id: duplicate id "${value}"`] : [],
  );
}

function checkQuestion(r: Rubric, q: ProfileQuestion, n: number): string[] {
  const at = `profile[${n}]`;
  const ids = q.options.map((o) => o.id);
  const out = duplicates(ids, `${at}.options`);
  if (!ids.includes(q.default)) {
    out.push(`${at}.default: "${q.default}" is not one of its options`);
  }
  if (q.lock) {
    if (!ids.includes(q.lock.value)) {
      out.push(`${at}.lock.value: "${q.lock.value}" is not one of its options`);
    }
    out.push(...checkRule(r, q.lock.when, `${at}.lock.when`));
  }
  return out;
}

function checkItem(r: Rubric, item: Item, n: number): string[] {
  const at = `items[${n}]`;
  const out = duplicates(
    item.options.map((o) => o.id),
    `${at}.options`,
  );
  if (!r.domains.some((d) => d.id === item.domain)) {
    out.push(`${at}.domain: unknown domain "${item.domain}"`);
  }
  if (r.scoring === 'weighted' && item.weight === undefined) {
    out.push(`${at}.weight: required when scoring is "weighted"`);
  }
  const field = r.scoring === 'weighted' ? 'credit' : 'points';
  item.options.forEach((o, k) => {
    if (o[field] === undefined) {
      out.push(`${at}.options[${k}].${field}: required by "${r.scoring}"`);
    }
    // "unclear" is an answer of its own in the answer files.
    if (o.id === 'unclear') {
      out.push(`${at}.options[${k}].id: "unclear" is reserved`);
    }
  });
  if (item.appliesWhen !== undefined) {
    out.push(...checkRule(r, item.appliesWhen, `${at}.appliesWhen`));
  }
  return out;
}

function checkRule(r: Rubric, rule: Rule, at: string): string[] {
  if (typeof rule === 'string') return checkAnswer(r, rule, ['yes'], at);
  if ('all' in rule) return rule.all.flatMap((x) => checkRule(r, x, at));
  if ('any' in rule) return rule.any.flatMap((x) => checkRule(r, x, at));
  if ('not' in rule) return checkRule(r, rule.not, at);
  return checkAnswer(r, rule.question, 'in' in rule ? rule.in : [], at);
}

function checkAnswer(r: Rubric, id: string, values: string[], at: string) {
  const question = r.profile.find((q) => q.id === id);
  if (!question) return [`${at}: unknown profile question "${id}"`];
  return values
    .filter((v) => !question.options.some((o) => o.id === v))
    .map((v) => `${at}: "${v}" is not an option of profile question "${id}"`);
}

/**
 * The rubric model shared by the engine, the side panel and the exports.
 * A rubric is plain data (see core/rubrics/*.json); these types mirror the
 * schema in rubric-schema.ts, which is the authority when they disagree.
 */

/** A condition over the study-profile answers that decides applicability. */
export type Rule =
  | string // shorthand: the profile question with this id is answered "yes"
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }
  | { question: string; in: string[] }
  // Numeric option ids (readiness levels): the answer is >= the given number.
  | { question: string; atLeast: number };

export interface ProfileOption {
  id: string;
  label: string;
}

/** A study-profile question asked before the items (e.g. METRICS Cond. 1). */
export interface ProfileQuestion {
  id: string;
  label: string;
  help: string;
  options: ProfileOption[];
  default: string;
  /** Forces `value` while `when` holds (e.g. Cond. 2 stays "no" without Cond. 1). */
  lock?: { when: Rule; value: string };
}

/** One answer option; weighted rubrics use `credit`, points rubrics `points`. */
export interface AnswerOption {
  id: string;
  label: string;
  credit?: number;
  points?: number;
}

export interface Domain {
  id: string;
  label: string;
  /** Optional domains are reported apart and left out of the total. */
  optional?: boolean;
}

export interface Item {
  id: string;
  domain: string;
  /** Number or short code as the source rubric prints it ("12", "SD-01"). */
  number: string;
  label: string;
  help: string;
  /** Weighted rubrics: the item's weight or points, multiplied by credit. */
  weight?: number;
  options: AnswerOption[];
  /** Cumulative item: several options may be chosen and their points add up. */
  multiple?: boolean;
  /** Absent means always applicable. */
  appliesWhen?: Rule;
  /** Whether a reviewer may override applicability with a justification. */
  allowNotApplicable: boolean;
}

/** A quality band over the rounded percentage: the last band with min <= %. */
export interface Band {
  id: string;
  label: string;
  min: number;
}

export interface Rubric {
  id: string;
  version: string;
  title: string;
  /** The name shown to reviewers, e.g. "METRICS 1.0". */
  label: string;
  citation: string;
  url?: string;
  doi?: string;
  /** weighted: weight x credit; points: the chosen options' points add up. */
  scoring: 'weighted' | 'points';
  bands?: Band[];
  domains: Domain[];
  profile: ProfileQuestion[];
  items: Item[];
}

/** Study-profile answers: question id -> option id. */
export type ProfileAnswers = Record<string, string>;

/** A reviewer's answer to one item. */
export type ItemAnswer =
  | { kind: 'option'; optionId: string }
  /** Cumulative items only; an empty list means none of the options. */
  | { kind: 'options'; optionIds: string[] }
  /** Not reported or unclear: credit 0, but counted apart. */
  | { kind: 'unclear' }
  /** Reviewer override; only where the item allows it, never without a reason. */
  | { kind: 'not-applicable'; justification: string };

/** Item answers: item id -> answer; a missing entry means unanswered. */
export type ItemAnswers = Record<string, ItemAnswer>;

export interface DomainScore {
  id: string;
  label: string;
  optional: boolean;
  /** null when no item of the domain applies (never 0). */
  percentage: number | null;
  points: number;
  maximum: number;
  minimum: number;
}

/** Item counts; answered + unclear + unanswered = applicable. */
export interface ItemCounts {
  applicable: number;
  answered: number;
  unclear: number;
  unanswered: number;
  /** Not applicable by the profile or by a reviewer's override. */
  notApplicable: number;
  /** Of those, overridden by the reviewer with a justification. */
  overridden: number;
}

export interface MetricsEquivalent {
  percentage: number | null;
  band: Band | null;
  /** Sum of weights of the items derived as "yes", and of applicable items. */
  points: number;
  maximum: number;
}

export interface Rqs2Equivalent {
  method: string;
  points: number;
  /** Maximum over the whole track (56 hand-crafted or both, 52 deep learning). */
  maximum: number;
  percentage: number | null;
}

/** Rubric-specific parts of a report. */
export type ReportExtras =
  | { kind: 'none' }
  | {
      kind: 'rqs1';
      /** Total and item ranges of RQS 1.0 (-8..36). */
      minimum: number;
    }
  | {
      kind: 'rqs2';
      method: string;
      readinessLevel: number;
      /** Maximum of the whole track regardless of the readiness level. */
      fullTrackMaximum: number;
    }
  | {
      kind: 'radar';
      catalogueVersion: string;
      flags: ProfileAnswers;
      /** Optional domains (translation), x / maximum; null when not opted in. */
      optional: DomainScore[];
      derived: {
        metrics: MetricsEquivalent;
        rqs2: Rqs2Equivalent;
        suggestedReadinessLevel: number;
      };
    };

export interface ScoreReport {
  rubric: { id: string; version: string; label: string };
  /** Total percentage, one decimal (toFixed semantics); null if nothing applies. */
  percentage: number | null;
  points: number;
  maximum: number;
  band: Band | null;
  domains: DomainScore[];
  counts: ItemCounts;
  /** Plain-language statement of how the percentages were computed. */
  percentageRule: string;
  /** The profile after defaults and locks, as used for applicability. */
  profile: ProfileAnswers;
  extras: ReportExtras;
}

import { useMemo } from 'preact/hooks';
import {
  setItemAnswer,
  setItemNote,
  setProfileAnswer,
} from '@/core/assessment/edit';
import type { Assessment } from '@/core/assessment/types';
import { AssessmentActions } from './AssessmentActions';
import { ItemList } from './ItemList';
import { TYPING_DELAY } from './ItemFieldset';
import type { PanelStore } from './panel-store';
import { ProfileQuestions } from './ProfileQuestions';
import { ResultsBar } from './ResultsBar';
import { ReviewerForm } from './ReviewerForm';

interface Props {
  store: PanelStore;
  extensionVersion: string;
  loadAll: () => Promise<Assessment[]>;
}

/** The open assessment: live results, study profile and items. */
export function AssessmentView({ store, extensionVersion, loadAll }: Props) {
  const edits = useMemo(() => editsOf(store), [store]);
  const settings = store.settings.value;
  if (!settings || !store.paper.value) return null;
  if (!settings.reviewer) {
    return (
      <ReviewerForm
        reviewer=""
        prompt="Enter your name before scoring: it is stored with every assessment."
        onSave={(reviewer) => store.updateSettings({ reviewer })}
      />
    );
  }
  const assessment = store.assessment.value;
  const report = store.report.value;
  const rubric = store.rubric.value;
  if (!assessment || !report || assessment.rubric.id !== rubric.id) {
    return <p role="status">Opening the assessment…</p>;
  }
  const domainPercentages = Object.fromEntries(
    report.domains.map((d) => [d.id, d.percentage]),
  );
  return (
    <>
      <ResultsBar rubric={rubric} report={report} />
      <AssessmentActions
        assessment={assessment}
        rubric={rubric}
        extensionVersion={extensionVersion}
        loadAll={loadAll}
      />
      <ProfileQuestions
        rubric={rubric}
        profile={report.profile}
        onAnswer={edits.answerProfile}
      />
      <ItemList
        rubric={rubric}
        profile={report.profile}
        entries={assessment.items}
        domainPercentages={domainPercentages}
        onAnswer={edits.answerItem}
        onNote={edits.noteItem}
      />
    </>
  );
}

// Created once per store, so memoised items see the same callbacks.
function editsOf(store: PanelStore) {
  return {
    answerProfile: (id: string, option: string) =>
      store.edit((a, now) => setProfileAnswer(a, id, option, now)),
    answerItem: (
      id: string,
      answer: Parameters<typeof setItemAnswer>[2],
      delay: number,
    ) => store.edit((a, now) => setItemAnswer(a, id, answer, now), delay),
    noteItem: (id: string, note: string) =>
      store.edit((a, now) => setItemNote(a, id, note, now), TYPING_DELAY),
  };
}

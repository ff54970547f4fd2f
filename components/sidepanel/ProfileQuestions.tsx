import { isLocked } from '@/core/rubric/profile';
import type { ProfileAnswers, Rubric } from '@/core/rubric/types';

interface Props {
  rubric: Rubric;
  /** The resolved profile: defaults filled in, locks applied. */
  profile: ProfileAnswers;
  onAnswer: (questionId: string, optionId: string) => void;
}

/** The study-profile questions that decide which items apply. */
export function ProfileQuestions({ rubric, profile, onAnswer }: Props) {
  if (rubric.profile.length === 0) return null;
  return (
    <section class="profile" aria-labelledby="profile-title">
      <h2 id="profile-title">Study profile</h2>
      {rubric.profile.map((question) => {
        const locked = isLocked(rubric, question.id, profile);
        return (
          <fieldset
            key={question.id}
            class="profile-question"
            data-question-id={question.id}
            disabled={locked}
          >
            <legend>{question.label}</legend>
            <div class="choices choices-inline">
              {question.options.map((option) => (
                <label key={option.id} class="choice">
                  <input
                    type="radio"
                    name={`profile-${question.id}`}
                    value={option.id}
                    checked={profile[question.id] === option.id}
                    onChange={() => onAnswer(question.id, option.id)}
                  />
                  {option.label}
                </label>
              ))}
            </div>
            {locked && (
              <p class="muted">Fixed by an earlier answer of the profile.</p>
            )}
            <details class="help">
              <summary>Help</summary>
              <p>{question.help}</p>
            </details>
          </fieldset>
        );
      })}
    </section>
  );
}

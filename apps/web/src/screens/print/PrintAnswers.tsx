import type { WorksheetRecordView } from '../../api/progress';

type Answer = WorksheetRecordView['answers'][number];

function AnswerRow({ answer, steps }: { answer: Answer; steps: Answer[] }) {
  return (
    <div className="print-view__answer">
      <dt>{answer.label}</dt>
      <dd>{answer.answer ?? <span className="print-view__empty">Not answered</span>}</dd>
      {steps.length > 0 ? (
        <dd>
          <ul className="print-view__steps" aria-label={`Steps of ${answer.label}`}>
            {steps.map((step) => (
              <li key={step.nodeId}>
                {step.label}: {step.answer ?? 'not done'}
              </li>
            ))}
          </ul>
        </dd>
      ) : null}
    </div>
  );
}

/** Answers in document order, a goal's steps listed under it. */
export function PrintAnswers({ answers }: { answers: Answer[] }) {
  const goals = new Set(answers.filter((answer) => answer.kind === 'goal').map((answer) => answer.nodeId));
  const stepsOf = (answer: Answer) =>
    answer.kind === 'goal' ? answers.filter((other) => other.parentNodeId === answer.nodeId) : [];
  return (
    <dl className="print-view__answers">
      {answers
        .filter((answer) => answer.parentNodeId === null || !goals.has(answer.parentNodeId))
        .map((answer) => (
          <AnswerRow key={answer.nodeId} answer={answer} steps={stepsOf(answer)} />
        ))}
    </dl>
  );
}

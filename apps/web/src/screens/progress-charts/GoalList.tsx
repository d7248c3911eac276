import type { ApiGoal } from '@interlude/schema/api';

/** Goals with how far along they are and their steps. */
export function GoalList({ goals }: { goals: ApiGoal[] }) {
  return (
    <ul className="goal-list">
      {goals.map((goal) => (
        <li key={`${goal.worksheetId}-${goal.nodeId}`} className="goal-list__item">
          <div className="goal-list__head">
            <span className="goal-list__title">{goal.title}</span>
            <span className="goal-list__from">from “{goal.worksheetTitle}”</span>
          </div>
          {goal.progress === null ? (
            <p className="goal-list__none">Not rated yet</p>
          ) : (
            <div className="goal-list__progress">
              <progress max={100} value={goal.progress} aria-label={`${goal.title}: progress`} />
              <span>{goal.progress}%</span>
            </div>
          )}
          {goal.steps.length > 0 ? (
            <ul className="goal-list__steps">
              {goal.steps.map((step) => (
                <li key={step.nodeId}>
                  <span aria-hidden="true">{step.done ? '✓' : '○'}</span> {step.label}
                  <span className="visually-hidden">{step.done ? ' (done)' : ' (not done yet)'}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

import { Link } from 'react-router';
import type { Template } from '../../api/types';
import { Button } from '../../ui/Button';
import { approachLabel, assignedLabel, kindLabel, minutesLabel, topicLabel } from './template-labels';

export interface TemplateCardProps {
  template: Template;
  onAssign: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  duplicating: boolean;
}

/** One template in the library: what it is, what it is for, and what the therapist can do with it. */
export function TemplateCard({ template, onAssign, onDuplicate, duplicating }: TemplateCardProps) {
  const own = template.source === 'practice';
  const facets = [...template.approaches.map(approachLabel), ...template.topics.map(topicLabel)];
  return (
    <li className="card template-card">
      <div className="template-card__head">
        <h3 className="template-card__title">{template.title}</h3>
        <p className="badges">
          <span className="badge">{kindLabel(template.kind)}</span>
          {template.measure ? <span className="badge badge--scored">Scored</span> : null}
          {own ? <span className="badge badge--own">Your practice's</span> : null}
        </p>
      </div>
      <p className="template-card__purpose">{template.purpose}</p>
      <p className="template-card__facts">
        {minutesLabel(template.estimatedMinutes)} · {assignedLabel(template.assignedCount)}
      </p>
      {facets.length > 0 ? <p className="template-card__facets">{facets.join(' · ')}</p> : null}
      {template.basedOn ? <p className="template-card__facts">Based on {template.basedOn.title}</p> : null}
      {template.evidence ? (
        <details className="template-card__evidence">
          <summary>Evidence</summary>
          <p>{template.evidence}</p>
        </details>
      ) : null}
      <div className="template-card__actions">
        <Link className="button button--secondary" to={`/library/${encodeURIComponent(template.id)}/preview`}>
          Preview
          <ForTitle title={template.title} />
        </Link>
        {template.archived ? null : (
          <Button onClick={() => onAssign(template)}>
            Assign to…
            <ForTitle title={template.title} />
          </Button>
        )}
        {own ? (
          <Link className="button button--quiet" to={`/library/${encodeURIComponent(template.id)}/edit`}>
            Edit
            <ForTitle title={template.title} />
          </Link>
        ) : null}
        <Button variant="quiet" busy={duplicating} onClick={() => onDuplicate(template)}>
          Duplicate
          <ForTitle title={template.title} />
        </Button>
      </div>
    </li>
  );
}

/** Names the template for screen readers, after the visible word, so every card's buttons differ. */
function ForTitle({ title }: { title: string }) {
  return <span className="visually-hidden"> {title}</span>;
}

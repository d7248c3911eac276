import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Template } from '../../api/types';

export interface TemplateOptionProps {
  template: Template;
  /** The radio's registration with the form (name, ref, change handlers). */
  input: UseFormRegisterReturn;
}

/** "thought-record" → "Thought record". */
function kindLabel(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One template as a radio choice, kept compact (title, kind and minutes on one line, a two-line
 * description) so a phone shows several at once.
 */
export function TemplateOption({ template, input }: TemplateOptionProps) {
  return (
    <label className="template-option">
      <input type="radio" value={template.id} {...input} />
      <span className="template-option__text">
        <span className="template-option__title">{template.title}</span>
        <span className="template-option__meta">
          {kindLabel(template.kind)} · about {template.estimatedMinutes} min
        </span>
        <span className="template-option__description">{template.description}</span>
      </span>
    </label>
  );
}

import { doc, entryGroup, heading, paragraph, prompt } from '../../content/builders.js';
import { choiceField, ratingField, textField, typedField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

const zeroToTen = (id: string, label: string, minLabel: string, maxLabel: string, metricKey: string) =>
  ratingField(id, label, { min: 0, max: 10, minLabel, maxLabel, metricKey });

export const activitySchedule = defineTemplate({
  id: 'activity-schedule',
  version: 1,
  title: 'Activity schedule',
  kind: 'worksheet',
  description:
    'Behavioural activation: the client plans and logs activities through the week and rates how much pleasure and sense of achievement each gave, to see what lifts their mood. Review the ratings together to plan the next week.',
  estimatedMinutes: 10,
  tags: ['behavioural activation', 'depression', 'daily'],
  purpose: "Plan and log the week's activities, rating pleasure and achievement, to see what lifts mood.",
  approaches: ['behavioural-activation', 'cbt'],
  topics: ['mood', 'motivation'],
  evidence:
    'Behavioural activation did as well as antidepressant medication, and better than cognitive therapy for more severe depression, in a large randomised trial (Dimidjian and colleagues, 2006); meta-analyses support it as a treatment for depression in its own right (Cuijpers and colleagues, 2007; Ekers and colleagues, 2014).',
  content: doc(
    heading(2, 'Activity schedule'),
    paragraph(
      'Add an entry for each activity, planned or already done, big or small. Rate it straight after: pleasure is how much you enjoyed it, mastery is how much it felt like an achievement given how you were feeling.',
    ),
    entryGroup({
      id: 'activities',
      label: 'Activities this week',
      entryLabel: 'Activity',
      fields: [
        typedField('time', 'Time', 'time'),
        textField('activity', 'What I did or plan to do', true),
        choiceField('status', 'Planned or done?', [
          { value: 'planned', label: 'Planned' },
          { value: 'done', label: 'Done' },
        ]),
        zeroToTen('pleasure', 'Pleasure', 'None', 'Most I can imagine', 'pleasure'),
        zeroToTen('mastery', 'Mastery', 'None', 'A real achievement', 'mastery'),
      ],
    }),
    prompt({
      id: 'reflection',
      question: 'Looking back over the week',
      guidance: 'Which activities lifted your mood? Which drained it? What would you like more of next week?',
      required: true,
    }),
  ),
});

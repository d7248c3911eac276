import { doc, entryGroup, heading, paragraph } from '../../content/builders.js';
import { promptField, ratingField, typedField } from '../fieldDefinitions.js';
import { defineTemplate } from '../worksheetTemplate.js';

/** Metric keys of the sleep diary's fields; `deriveSleepNight` reads an entry by them. */
export const SLEEP_METRICS = {
  bedTime: 'sleep-bed-time',
  lightsOut: 'sleep-lights-out',
  minutesToSleep: 'sleep-onset-minutes',
  awakenings: 'sleep-awakenings',
  minutesAwake: 'sleep-awake-minutes',
  finalWake: 'sleep-final-wake',
  outOfBed: 'sleep-out-of-bed',
  quality: 'sleep-quality',
} as const;

export const sleepDiary = defineTemplate({
  id: 'sleep-diary',
  version: 1,
  title: 'Sleep diary',
  kind: 'journaling',
  description:
    'The standard morning sleep log for CBT for insomnia: bedtimes, time to fall asleep, awakenings, final waking and quality. Time in bed, total sleep and sleep efficiency are worked out from it, to set and adjust the sleep window.',
  estimatedMinutes: 3,
  tags: ['CBT-I', 'insomnia', 'sleep', 'daily'],
  purpose: "Log each night's sleep to set and adjust the sleep window.",
  approaches: ['cbt-i'],
  topics: ['sleep'],
  evidence:
    "CBT for insomnia is the recommended first-line treatment for chronic insomnia (American College of Physicians, 2016). The morning sleep diary drives sleep restriction and is the field's standard outcome record (Consensus Sleep Diary, 2012).",
  content: doc(
    heading(2, 'Sleep diary'),
    paragraph(
      'Fill this in each morning, within an hour of getting up, for the night just gone. Estimates are fine: do not watch the clock at night to get exact numbers.',
    ),
    entryGroup({
      id: 'nights',
      label: 'Nights',
      entryLabel: 'Night',
      fields: [
        typedField('bed', 'Time I got into bed', 'time', {
          metricKey: SLEEP_METRICS.bedTime,
          required: true,
        }),
        typedField('lights-out', 'Time I tried to go to sleep', 'time', {
          metricKey: SLEEP_METRICS.lightsOut,
          required: true,
        }),
        typedField('onset', 'How long it took to fall asleep', 'duration', {
          unit: 'min',
          metricKey: SLEEP_METRICS.minutesToSleep,
          required: true,
        }),
        typedField('awakenings', 'How many times I woke up', 'number', {
          metricKey: SLEEP_METRICS.awakenings,
        }),
        typedField('awake', 'Time awake in total during the night', 'duration', {
          unit: 'min',
          metricKey: SLEEP_METRICS.minutesAwake,
        }),
        typedField('final-wake', 'Time I woke up for the last time', 'time', {
          metricKey: SLEEP_METRICS.finalWake,
          required: true,
        }),
        typedField('out-of-bed', 'Time I got out of bed', 'time', {
          metricKey: SLEEP_METRICS.outOfBed,
          required: true,
        }),
        ratingField('quality', 'How well did I sleep?', {
          min: 1,
          max: 5,
          minLabel: 'Very poorly',
          maxLabel: 'Very well',
          metricKey: SLEEP_METRICS.quality,
          required: true,
        }),
        promptField(
          'notes',
          'Anything that affected my sleep',
          'Caffeine, alcohol, naps, medication, stress, noise…',
        ),
      ],
    }),
  ),
});

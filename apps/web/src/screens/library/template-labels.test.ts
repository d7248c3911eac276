import { describe, expect, it } from 'vitest';
import {
  approachLabel,
  assignedLabel,
  kindLabel,
  minutesLabel,
  resultCountLabel,
  topicLabel,
} from './template-labels';

describe('template card labels', () => {
  it('names kinds, approaches and topics as a clinician does', () => {
    expect(kindLabel('worksheet')).toBe('Worksheet or exercise');
    expect(kindLabel('measure')).toBe('Scored measure');
    expect(approachLabel('cbt-i')).toBe('CBT for insomnia');
    expect(topicLabel('sleep')).toBe('Sleep');
  });

  it('says how long and how often in words', () => {
    expect(minutesLabel(1)).toBe('About 1 minute');
    expect(minutesLabel(15)).toBe('About 15 minutes');
    expect(assignedLabel(0)).toBe('Not assigned yet');
    expect(assignedLabel(1)).toBe('Assigned once');
    expect(assignedLabel(4)).toBe('Assigned 4 times');
  });

  it('counts results against the whole library', () => {
    expect(resultCountLabel(12, 12)).toBe('12 templates');
    expect(resultCountLabel(1, 1)).toBe('1 template');
    expect(resultCountLabel(2, 12)).toBe('2 of 12 templates match');
  });
});

import { expect, test } from 'vitest';
import { CompactionSchedule } from './compaction-schedule.js';

test('a fresh log is folded once it holds the threshold of rows', () => {
  const schedule = new CompactionSchedule(3);
  schedule.loaded(0, 0, 0);
  schedule.appended(10);
  schedule.appended(10);
  expect(schedule.isDue).toBe(false);
  schedule.appended(10);
  expect(schedule.isDue).toBe(true);
});

test('after a fold, the next waits until the tail is as large as the folded base', () => {
  const schedule = new CompactionSchedule(3);
  schedule.loaded(0, 0, 0);
  for (let row = 0; row < 3; row++) schedule.appended(10);
  schedule.folding();
  schedule.folded(3, 100);
  for (let row = 0; row < 9; row++) schedule.appended(10);
  expect(schedule.isDue).toBe(false);
  schedule.appended(10);
  expect(schedule.isDue).toBe(true);
});

test('what is appended while a fold runs stays in the tail', () => {
  const schedule = new CompactionSchedule(2);
  schedule.loaded(0, 0, 0);
  schedule.appended(50);
  schedule.appended(50);
  schedule.folding();
  schedule.appended(40);
  schedule.folded(2, 60);
  // The 40 bytes appended during the fold are the tail now: 20 more make it as large as the base.
  expect(schedule.isDue).toBe(false);
  schedule.appended(20);
  expect(schedule.isDue).toBe(true);
});

test('a loaded log counts its largest row as the base and the rest as the tail', () => {
  const schedule = new CompactionSchedule(2);
  schedule.loaded(3, 1_000 + 20 + 20, 1_000);
  expect(schedule.isDue).toBe(false);
  schedule.appended(960);
  expect(schedule.isDue).toBe(true);
});

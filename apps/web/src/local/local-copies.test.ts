import { beforeEach, expect, test } from 'vitest';
import {
  deleteLocalCopies,
  localCopyName,
  markSaved,
  markUnsaved,
  unsavedWorksheetTitles,
} from './local-copies';

beforeEach(() => localStorage.clear());

test('local copies are named per person and worksheet', () => {
  expect(localCopyName('u1', 'w1')).toBe('interlude:u1:w1');
  expect(localCopyName('u2', 'w1')).not.toBe(localCopyName('u1', 'w1'));
});

test('a worksheet is listed as unsaved until it is saved, per person', () => {
  markUnsaved('u1', 'w1', 'Thought record');
  markUnsaved('u1', 'w2', 'Sleep diary');
  markUnsaved('u2', 'w3', 'Worry time');
  expect(unsavedWorksheetTitles('u1').sort()).toEqual(['Sleep diary', 'Thought record']);
  markSaved('u1', 'w1');
  expect(unsavedWorksheetTitles('u1')).toEqual(['Sleep diary']);
  expect(unsavedWorksheetTitles('u2')).toEqual(['Worry time']);
});

test('deleting the local copies forgets the unsaved list too', async () => {
  markUnsaved('u1', 'w1', 'Thought record');
  await deleteLocalCopies('u1');
  expect(unsavedWorksheetTitles('u1')).toEqual([]);
});

test('a damaged list reads as empty instead of breaking sign-out', () => {
  localStorage.setItem('interlude-unsaved:u1', '{not json');
  expect(unsavedWorksheetTitles('u1')).toEqual([]);
});

import { beforeEach, expect, test } from 'vitest';
import {
  deleteLocalCopies,
  hasLocalCopy,
  hasUnsavedChanges,
  keptCopyIds,
  localCopyName,
  markCopyKept,
  markSaved,
  markUnsaved,
  rememberServedVersion,
  servedVersion,
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

test('copies on the device are listed per person and forgotten with the copies', async () => {
  markCopyKept('u1', 'w1', 'Thought record');
  markCopyKept('u2', 'w2', 'Sleep diary');
  markUnsaved('u1', 'w1', 'Thought record');
  expect(hasLocalCopy('u1', 'w1')).toBe(true);
  expect(hasLocalCopy('u2', 'w1')).toBe(false);
  expect(keptCopyIds('u1')).toEqual(['w1']);
  expect(hasUnsavedChanges('u1', 'w1')).toBe(true);
  expect(hasUnsavedChanges('u2', 'w1')).toBe(false);
  await deleteLocalCopies('u1');
  expect(keptCopyIds('u1')).toEqual([]);
  expect(hasUnsavedChanges('u1', 'w1')).toBe(false);
  expect(keptCopyIds('u2')).toEqual(['w2']);
});

test('the version last merged is asked again only while the copy is listed, and goes with the copies', async () => {
  rememberServedVersion('u1', 'w1', '"abc"');
  expect(servedVersion('u1', 'w1')).toBeUndefined();
  markCopyKept('u1', 'w1', 'Thought record');
  expect(servedVersion('u1', 'w1')).toBe('"abc"');
  expect(servedVersion('u2', 'w1')).toBeUndefined();
  await deleteLocalCopies('u1');
  expect(servedVersion('u1', 'w1')).toBeUndefined();
});

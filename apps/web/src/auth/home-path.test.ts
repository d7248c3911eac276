import { expect, test } from 'vitest';
import { homePathFor, safeNextPath } from './home-path';

test('each role starts on its own screen', () => {
  expect(homePathFor('therapist')).toBe('/clients');
  expect(homePathFor('client')).toBe('/homework');
});

test('after sign-in, only paths on this site are followed', () => {
  expect(safeNextPath('/worksheets/abc')).toBe('/worksheets/abc');
  expect(safeNextPath('//evil.example/x')).toBeNull();
  expect(safeNextPath('/\\evil.example')).toBeNull();
  expect(safeNextPath('https://evil.example')).toBeNull();
  expect(safeNextPath(null)).toBeNull();
});

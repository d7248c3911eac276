import { expect, test } from 'vitest';
import { hashPassword, PasswordHashFormatError, verifyPassword } from '../../src/people/password-hashing.js';

const cheap = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };

test('hashes are salted, record their parameters, and verify only the right password', async () => {
  const first = await hashPassword('correct horse battery', cheap);
  const second = await hashPassword('correct horse battery', cheap);
  expect(first).not.toBe(second);
  expect(first.split('$').slice(0, 4)).toEqual(['scrypt', '1024', '8', '1']);
  expect(await verifyPassword('correct horse battery', first)).toBe(true);
  expect(await verifyPassword('correct horse batterY', first)).toBe(false);
});

test('a hash made with other parameters still verifies (the parameters travel with it)', async () => {
  const stronger = await hashPassword('correct horse battery', {
    cost: 2 ** 11,
    blockSize: 8,
    parallelization: 1,
  });
  expect(await verifyPassword('correct horse battery', stronger)).toBe(true);
});

test('the same password typed in another Unicode form verifies (NFKC)', async () => {
  const hash = await hashPassword('caf\u00e9 au lait!', cheap);
  expect(await verifyPassword('cafe\u0301 au lait!', hash)).toBe(true);
});

test('a stored value that is not a scrypt hash is an error that says so', async () => {
  await expect(verifyPassword('x', 'plain-text-password')).rejects.toThrow(PasswordHashFormatError);
});

import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are hashed with scrypt and a random salt. The stored string records the parameters
 * (`scrypt$N$r$p$salt$hash`) so they can be raised later without breaking existing hashes.
 */
export interface ScryptParameters {
  cost: number;
  blockSize: number;
  parallelization: number;
}

export const defaultScryptParameters: ScryptParameters = { cost: 2 ** 15, blockSize: 8, parallelization: 1 };

const KEY_LENGTH = 64;
const SALT_BYTES = 16;

export class PasswordHashFormatError extends Error {
  override name = 'PasswordHashFormatError';
}

export async function hashPassword(
  password: string,
  parameters: ScryptParameters = defaultScryptParameters,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, parameters);
  const { cost, blockSize, parallelization } = parameters;
  return ['scrypt', cost, blockSize, parallelization, salt.toString('base64'), key.toString('base64')].join(
    '$',
  );
}

export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelization, salt, key] = storedHash.split('$');
  if (scheme !== 'scrypt' || !cost || !blockSize || !parallelization || !salt || !key) {
    throw new PasswordHashFormatError('Stored password hash is not in the scrypt$N$r$p$salt$hash format.');
  }
  const expected = Buffer.from(key, 'base64');
  const actual = await deriveKey(password, Buffer.from(salt, 'base64'), {
    cost: Number(cost),
    blockSize: Number(blockSize),
    parallelization: Number(parallelization),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function deriveKey(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = {
    N: parameters.cost,
    r: parameters.blockSize,
    p: parameters.parallelization,
    // scrypt needs 128 * N * r bytes; leave headroom over Node's 32 MiB default.
    maxmem: 256 * parameters.cost * parameters.blockSize,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

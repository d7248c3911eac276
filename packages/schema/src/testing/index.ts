// Helpers for tests and benchmarks of every package; nothing here is used by the app itself.
export { randomInteger, seededRandom } from './seeded-random.js';

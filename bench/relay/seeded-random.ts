// The shared seeded generator: the same seed gives every relay the same rooms, sizes and start offsets.
export { randomInteger, seededRandom } from '@interlude/schema/testing';

export { WORKSHEET_SCHEMA_VERSION } from '@interlude/schema';

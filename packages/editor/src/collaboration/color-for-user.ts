// The colours live in the schema so the relay stamps the same colour on a connection's presence (docs/relay.md R25).
export { CARET_COLORS, CARET_COLORS_BY_ROLE, colorForUser } from '@interlude/schema';

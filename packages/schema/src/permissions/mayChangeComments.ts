import type { ChangeDenial } from './changeDecision.js';

/**
 * The `comments` map is reserved for comment threads, whose format and permissions the comments feature has
 * not defined yet. Until it does, no edit by anyone may write to it: anything stored there now would be
 * unguarded data that the later checker would have to accept or migrate. That feature replaces this rule with
 * its own checker (one entry in `ROOT_TYPE_CHECKERS`).
 */
export function mayChangeComments(): ChangeDenial {
  return {
    reason: 'comments-not-open',
    message: 'Comments cannot be written yet: this version of Interlude does not support them.',
  };
}

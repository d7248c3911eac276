import type { AuditEntry } from '../../api/types';

/** An activity-log row in words: a sentence, and only the details that help a therapist. */
export interface AuditDescription {
  sentence: string;
  details: string[];
}

/** Worksheet titles by id: the live worksheets, plus titles remembered by deletions in the log. */
export function worksheetTitles(
  worksheets: readonly { id: string; title: string }[],
  entries: readonly AuditEntry[],
): Map<string, string> {
  const titles = new Map<string, string>();
  for (const entry of entries) {
    if (entry.worksheetId && typeof entry.details.title === 'string') {
      titles.set(entry.worksheetId, entry.details.title);
    }
  }
  for (const worksheet of worksheets) titles.set(worksheet.id, worksheet.title);
  return titles;
}

/** 10635 → "less than a minute", 660000 → "11 minutes", 4_000_000 → "1 h 7 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const signInFailures: Record<string, string> = {
  'wrong-credentials': 'wrong email or password',
  'rate-limited': 'paused after too many attempts',
  'access-ended': 'their access has ended',
};

const practiceFields: Record<string, string> = {
  name: 'name',
  crisisText: 'crisis information',
  timeZone: 'time zone',
};

function words(action: string): string {
  const text = action.replace(/[._-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function describeAuditEntry(entry: AuditEntry, titles: ReadonlyMap<string, string>): AuditDescription {
  const actor = entry.actor?.displayName ?? 'Someone';
  const subject = entry.subject?.displayName ?? 'a client';
  const title = (entry.worksheetId && titles.get(entry.worksheetId)) || 'a worksheet';
  const { details } = entry;
  const shown: string[] = [];

  switch (entry.action) {
    case 'signed-up':
      return { sentence: `${actor} opened the practice`, details: shown };
    case 'signed-in':
      return { sentence: `${actor} signed in`, details: shown };
    case 'signed-out':
      return { sentence: `${actor} signed out`, details: shown };
    case 'sign-in-failed': {
      const reason = signInFailures[String(details.reason)];
      if (reason) shown.push(reason);
      const who = entry.actor ?? entry.subject;
      return {
        sentence: who ? `Sign-in refused for ${who.displayName}` : 'A sign-in was refused',
        details: shown,
      };
    }
    case 'invitation-created':
      return { sentence: `${actor} created an invitation link for ${subject}`, details: shown };
    case 'invitation-used':
      return { sentence: `${entry.actor?.displayName ?? subject} accepted the invitation`, details: shown };
    case 'reset-link-created':
      if (details.issuedBy === 'admin-command') {
        return { sentence: `The administrator created a password reset link for ${subject}`, details: shown };
      }
      return { sentence: `${actor} created a password reset link for ${subject}`, details: shown };
    case 'reset-link-used':
      return { sentence: `${entry.actor?.displayName ?? subject} chose a new password`, details: shown };
    case 'worksheet-opened': {
      // The offline prefetch downloads worksheets without anyone looking at them (docs/offline-data.md).
      if (details.channel === 'download') {
        return { sentence: `${actor}’s device downloaded ${title} for offline use`, details: shown };
      }
      const duration =
        typeof details.durationMs === 'number' ? ` for ${formatDuration(details.durationMs)}` : '';
      const readOnly = details.readOnly === true ? ' (read-only)' : '';
      return { sentence: `${actor} opened ${title}${duration}${readOnly}`, details: shown };
    }
    case 'assignment-created':
      if (details.sent === false)
        return { sentence: `${actor} drafted ${title} for ${subject}`, details: shown };
      return { sentence: `${actor} assigned ${title} to ${subject}`, details: shown };
    case 'worksheet-sent':
      return { sentence: `${actor} sent ${title} to ${subject}`, details: shown };
    case 'worksheet-handed-in':
      return { sentence: `${subject} handed in ${title}`, details: shown };
    case 'worksheet-reviewed':
      return { sentence: `${actor} marked ${subject}’s ${title} reviewed`, details: shown };
    case 'worksheet-deleted':
      return { sentence: `${actor} deleted ${subject}’s ${title}`, details: shown };
    case 'client-archived':
      if (details.clientAccess === 'read-only') shown.push('they can still read their worksheets');
      if (details.clientAccess === 'none') shown.push('their access ended');
      return { sentence: `${actor} archived ${subject}`, details: shown };
    case 'practice-updated': {
      const fields = String(details.fields ?? '')
        .split(',')
        .map((field) => practiceFields[field])
        .filter(Boolean);
      const what = fields.length > 0 ? fields.join(' and ') : 'settings';
      return { sentence: `${actor} changed the practice ${what}`, details: shown };
    }
    case 'access-refused':
      if (typeof details.reason === 'string') shown.push(details.reason);
      return { sentence: `${actor} was refused access to ${title}`, details: shown };
    case 'measure-flag-raised':
      return { sentence: `${subject}’s answers on ${title} raised a safety flag`, details: shown };
    case 'measure-flag-acknowledged':
      return { sentence: `${actor} acknowledged the safety flag on ${subject}’s ${title}`, details: shown };
    default:
      return {
        sentence: `${words(entry.action)}${entry.subject ? `: ${entry.subject.displayName}` : ''}`,
        details: shown,
      };
  }
}

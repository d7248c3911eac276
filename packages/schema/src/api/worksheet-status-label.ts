import type { ApiWorksheet } from './api-views.js';

/** A worksheet's status in the words the app shows (badges, print view, the exported record). */
const labels: Record<ApiWorksheet['status'], string> = {
  draft: 'Draft',
  assigned: 'Not started',
  started: 'In progress',
  'handed-in': 'Handed in',
  reviewed: 'Reviewed',
};

export function worksheetStatusLabel(status: ApiWorksheet['status']): string {
  return labels[status];
}

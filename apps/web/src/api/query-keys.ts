/** Every cache key in one place, so invalidations after a change cannot miss a list. */
export const queryKeys = {
  me: ['me'] as const,
  clients: ['clients'] as const,
  client: (clientId: string) => ['clients', clientId] as const,
  clientProgress: (clientId: string) => ['clients', clientId, 'progress'] as const,
  ownProgress: ['progress'] as const,
  dashboard: ['dashboard'] as const,
  notes: (clientId: string) => ['clients', clientId, 'notes'] as const,
  worksheets: ['worksheets'] as const,
  worksheet: (worksheetId: string) => ['worksheets', worksheetId] as const,
  reviewChanges: (worksheetId: string) => ['worksheets', worksheetId, 'changes'] as const,
  worksheetRecord: (worksheetId: string) => ['worksheets', worksheetId, 'record'] as const,
  templates: ['templates'] as const,
  practice: ['practice'] as const,
  audit: ['audit'] as const,
  invitation: (token: string) => ['invitations', token] as const,
  passwordReset: (token: string) => ['password-resets', token] as const,
};

// No zod here: the web app's library screen lists the kinds, and the shell stays free of zod.

/** What a worksheet is, as a clinician files it. */
export const WORKSHEET_KINDS = ['worksheet', 'journaling', 'goal-setting', 'measure'] as const;
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];

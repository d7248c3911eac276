import { WORKSHEET_SCHEMA_VERSION } from '../document/layout.js';
import type { WorksheetMeta } from '../document/meta.js';
import { actionPlan } from './catalogue/actionPlan.js';
import { activitySchedule } from './catalogue/activitySchedule.js';
import { emotionDiary } from './catalogue/emotionDiary.js';
import { exposureLadder } from './catalogue/exposureLadder.js';
import { gad7Template, phq9Template } from './catalogue/measures.js';
import { moodJournal } from './catalogue/moodJournal.js';
import { relaxationLog } from './catalogue/relaxationLog.js';
import { sleepDiary } from './catalogue/sleepDiary.js';
import { smartGoal } from './catalogue/smartGoal.js';
import { thinkingTraps } from './catalogue/thinkingTraps.js';
import { thoughtRecord } from './catalogue/thoughtRecord.js';
import { threeGoodThings } from './catalogue/threeGoodThings.js';
import { valuesCompass } from './catalogue/valuesCompass.js';
import { worryTime } from './catalogue/worryTime.js';
import type { WorksheetTemplate } from './worksheetTemplate.js';

/** The built-in template library, in the order the library shows it. Treat as read-only. */
export const templateCatalogue: readonly WorksheetTemplate[] = [
  thoughtRecord,
  thinkingTraps,
  activitySchedule,
  exposureLadder,
  relaxationLog,
  emotionDiary,
  threeGoodThings,
  moodJournal,
  worryTime,
  sleepDiary,
  smartGoal,
  valuesCompass,
  actionPlan,
  phq9Template,
  gad7Template,
];

/** A template by id (and version, when a worksheet asks for the one it was seeded from). */
export function findTemplate(id: string, version?: number): WorksheetTemplate | undefined {
  return templateCatalogue.find(
    (template) => template.id === id && (version === undefined || template.version === version),
  );
}

/** The meta of a new worksheet seeded from a template: pass it with `template.content` to `encodeWorksheetSeed`. */
export function worksheetMetaForTemplate(
  template: WorksheetTemplate,
  title: string = template.title,
): WorksheetMeta {
  return {
    schemaVersion: WORKSHEET_SCHEMA_VERSION,
    title,
    kind: template.kind,
    templateId: template.id,
    templateVersion: template.version,
    ...(template.measure ? { measure: template.measure } : {}),
  };
}

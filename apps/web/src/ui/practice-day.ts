import { addIsoDays, type IsoDay, isoDayInZone } from '@interlude/schema';

/** Today (plus `offsetDays`) on the practice's calendar: the day due dates are judged by, here and on the server. */
export function practiceIsoDay(timeZone: string, offsetDays = 0): IsoDay {
  return addIsoDays(isoDayInZone(Date.now(), timeZone), offsetDays);
}

/**
 * Calendar helpers on whole UTC day numbers (days since 1970-01-01). Working on integers keeps the
 * arithmetic exact ("120 hari kalender" = start + 119) and avoids any dependence on the local time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** Parses "2023-05-22" into a day number. */
export function parseYmd(ymd: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd.trim());
  if (!m) throw new Error(`not a date: ${ymd}`);
  return day(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function toYmd(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

/** OC4IDS wants date-times; the sample uses midnight UTC ("2023-06-02T00:00:00Z"). */
export function toIso(d: Day): string {
  return `${toYmd(d)}T00:00:00Z`;
}

/** 0 = Sunday … 5 = Friday (1970-01-01 was a Thursday). */
export function dayOfWeek(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

/** The Friday on or after `d`: weekly progress reports are dated on Fridays. */
export function fridayOnOrAfter(d: Day): Day {
  return d + ((5 - dayOfWeek(d) + 7) % 7);
}

/** The Friday on or before `d`. */
export function fridayOnOrBefore(d: Day): Day {
  return d - ((dayOfWeek(d) - 5 + 7) % 7);
}

/** Every Friday in [from, to], inclusive. */
export function fridaysBetween(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let f = fridayOnOrAfter(from); f <= to; f += 7) out.push(f);
  return out;
}

/** The package's as-of date: Friday 29 December 2023 (last working Friday of fiscal year 2023). */
export const AS_OF: Day = day(2023, 12, 29);
export const FISCAL_YEAR_END: Day = day(2023, 12, 31);

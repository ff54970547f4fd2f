/** Conversions between stored millisecond timestamps and exported ISO text. */
import type { Timestamp } from '../assessment/types';

/** A timestamp as ISO 8601 in UTC with milliseconds. */
export function isoTime(time: Timestamp): string {
  return new Date(time).toISOString();
}

/** An exported ISO time back as milliseconds since the epoch. */
export function timestampOf(iso: string): Timestamp {
  return Date.parse(iso);
}

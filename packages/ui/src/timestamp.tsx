import { useTimeZone } from './current-user';
import { formatDateTime, formatDayOf } from './format';

/** A moment the server recorded, shown in the program's time zone; `day` shows the date alone. */
export function Timestamp({ at, day = false }: { at: string | Date | null | undefined; day?: boolean }) {
  const timeZone = useTimeZone();
  if (!at) return null;
  const iso = typeof at === 'string' ? at : at.toISOString();
  return <time dateTime={iso}>{day ? formatDayOf(at, timeZone) : formatDateTime(at, timeZone)}</time>;
}

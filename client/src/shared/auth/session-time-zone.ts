// A trainee's or a buyer's phone shows times in her class's zone (WITA for a class in Makassar, WIT in Jayapura), as
// her session says; a facilitator's, WIB until one of her class pages is drawn (it sets its class's).
import { showTimesIn } from '../format/wib-date';
import { getSession, subscribeSession } from './session';

function follow(): void {
  const session = getSession();
  if (session?.kind === 'participant') showTimesIn(session.timeZone);
  else showTimesIn(undefined);
}

/** Shows times in the signed-in participant's class zone, now and whenever the session changes. */
export function followSessionTimeZone(): () => void {
  follow();
  return subscribeSession(follow);
}

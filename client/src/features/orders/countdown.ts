// Pure: the payment countdown. The deadline is on the class's simulation clock; the API also gives it in real time
// at the clock's current speed (`expiresAtReal`) with its own real time (`realNow`), so a phone whose clock is wrong
// still counts down correctly: the difference between the server's clock and the phone's is measured once per load.

/** Milliseconds left until `expiresAtReal`, on the server's clock; never below 0. */
export function remainingMs(expiresAtReal: string, serverNowAtLoad: string, phoneNowAtLoad: number, phoneNow: number): number {
  const skew = Date.parse(serverNowAtLoad) - phoneNowAtLoad;
  return Math.max(0, Date.parse(expiresAtReal) - (phoneNow + skew));
}

export interface CountdownParts {
  days: number;
  /** "05:09:03" */
  clock: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** 90061000 → { days: 1, clock: "01:01:01" }; rounds up, so "00:00:00" shows only when the time is up. */
export function countdownParts(ms: number): CountdownParts {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return { days, clock: `${two(hours)}:${two(minutes)}:${two(seconds)}` };
}

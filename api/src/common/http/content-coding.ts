// Which content codings a client takes (Accept-Encoding), for the built client's precompressed files
// (web/client-static.ts) and the API's answers compressed as they go out (compress-answers.ts).

export type Coding = 'br' | 'gzip' | 'identity';

/**
 * The content codings this Accept-Encoding allows, best first: brotli, then gzip, then the file as it is. A coding
 * with q=0 is refused, `*` stands for any coding not named; identity is refused only by `identity;q=0` or `*;q=0`,
 * and is still the last resort (a 406 would only break the page).
 */
export function acceptedCodings(header: string | undefined): Coding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') weight = Number.parseFloat(value ?? '') || 0;
    }
    q.set(name, weight);
  }
  const weightOf = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  const codings: Coding[] = (['br', 'gzip'] as const).filter((coding) => weightOf(coding) > 0);
  return [...codings, 'identity'];
}

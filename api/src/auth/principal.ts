// Who is calling: resolved once per request (and per socket) from the bearer token.
export type Principal =
  | { kind: 'facilitator'; id: string; role: 'admin' | 'facilitator'; name: string; tokenId: string }
  | { kind: 'participant'; id: string; role: 'trainee' | 'buyer'; classId: string; shopId: string | null; name: string; tokenId: string };

/** What a route may require: a facilitator (admins included), an admin, or a kind of participant. */
export type Requirement = 'facilitator' | 'admin' | 'participant' | 'trainee' | 'buyer';

export function meets(principal: Principal, requirement: Requirement): boolean {
  switch (requirement) {
    case 'facilitator':
      return principal.kind === 'facilitator';
    case 'admin':
      return principal.kind === 'facilitator' && principal.role === 'admin';
    case 'participant':
      return principal.kind === 'participant';
    case 'trainee':
    case 'buyer':
      return principal.kind === 'participant' && principal.role === requirement;
  }
}

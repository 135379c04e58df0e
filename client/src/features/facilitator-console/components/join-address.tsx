import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../shared/api/schema';
import { api, callApi } from '../../../shared/api/http';
import { useApi } from '../../../shared/api/use-api';
import { ErrorNote } from '../../../shared/ui/error-note';

type ClassDetail = components['schemas']['ClassDetailView'];

const storageKey = (classId: string) => `pasar.joinBase.${classId}`;

function readChoice(classId: string): string | null {
  try {
    return localStorage.getItem(storageKey(classId));
  } catch {
    return null;
  }
}

/**
 * The join link and QR that phones should use. The server's guess comes with the class; when it is not sure
 * (the app runs in a container, or the laptop has several networks) the facilitator picks or types the
 * address, which is kept for this class on this browser and turns into a fresh link and QR.
 */
export function useJoinLink(classId: string, detail: ClassDetail | undefined) {
  const [chosen, setChosen] = useState<string | null>(() => readChoice(classId));
  const chosenLink = useApi(chosen && detail ? `join-link:${classId}:${chosen}` : null, (signal) =>
    callApi(api.GET('/api/classes/{classId}/join-link', { params: { path: { classId }, query: { base: chosen ?? '' } }, signal })),
  );
  const choose = (base: string | null) => {
    try {
      if (base) localStorage.setItem(storageKey(classId), base);
      else localStorage.removeItem(storageKey(classId));
    } catch {
      // private mode: the choice lasts for this page only
    }
    setChosen(base);
  };
  const link = chosen && chosenLink.data ? chosenLink.data : detail ? { joinUrl: detail.joinUrl, joinQrSvg: detail.joinQrSvg } : undefined;
  return { link, chosen, choose, error: chosenLink.error, sure: Boolean(detail?.joinUrlSure), choices: detail?.joinBaseChoices ?? [] };
}

/**
 * "Phones may not reach this address": the detected addresses to choose from, and a field to type one. `compact` (the
 * projector's wall) shows, once an address is chosen, only that address and the way back: the wall keeps its room
 * for the code, the QR and the names.
 */
export function JoinAddressPicker({ joinLink, compact = false }: { joinLink: ReturnType<typeof useJoinLink>; compact?: boolean }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  if (joinLink.sure && !joinLink.chosen) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) joinLink.choose(typed.trim());
  };
  // On the wall, once chosen: the address and the way back only.
  const picking = !(compact && joinLink.chosen);
  const reset = joinLink.chosen && (
    <button type="button" className="button button--secondary" onClick={() => joinLink.choose(null)}>
      {t('console.joinAddress.reset')}
    </button>
  );
  return (
    <div className={`join-address${compact ? ' join-address--compact' : ''}${joinLink.chosen ? '' : ' join-address--unsure'}`} data-testid="join-address" role="status">
      {!joinLink.chosen && <p className="join-address__warning">{t('console.joinAddress.unsure')}</p>}
      {joinLink.chosen && <p>{t('console.joinAddress.chosen', { address: joinLink.chosen })}</p>}
      {picking && joinLink.choices.length > 0 && (
        <div className="button-row">
          {joinLink.choices.map((base) => (
            <button key={base} type="button" className="chip" aria-pressed={joinLink.chosen === base} onClick={() => joinLink.choose(base)}>
              {base}
            </button>
          ))}
        </div>
      )}
      {picking ? (
        <form className="join-address__form" onSubmit={submit}>
          <label>
            {t('console.joinAddress.typeLabel')}
            <input
              type="url"
              inputMode="url"
              placeholder="http://192.168.1.10:3000"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              data-testid="join-address-input"
            />
          </label>
          <button type="submit" className="button button--secondary">
            {t('console.joinAddress.use')}
          </button>
          {reset}
        </form>
      ) : (
        <div className="button-row">{reset}</div>
      )}
      <ErrorNote error={joinLink.error} />
    </div>
  );
}

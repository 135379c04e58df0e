import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newIdempotencyKey } from '../../../shared/api/idempotency-key';
import { useApi } from '../../../shared/api/use-api';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { browserSpeech, speak, speechText, type SpeechLike } from '../../../shared/speech/speech';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconCheck, IconInfo } from '../../../shared/ui/icons';
import { getMyLearningCheck, type MyLearningQuestionView } from '../api/get-my-check';
import { submitLearningAnswer } from '../api/submit-answer';
import { QuestionPicture } from '../components/question-picture';
import { optionLetter, outboxAnswerIds, remainingQuestions } from '../learning-answers';
import '../learning-check.css';

const LIVE_TYPES = ['learning_check.round_opened', 'learning_check.questions_changed', 'class.reset'] as const;

/** /toko/cek-pemahaman: "Cek Pemahaman", one question at a time, one tap per answer, skippable, offline-safe. */
export function LearningCheckPage() {
  return <ParticipantOnly traineeOnly>{(session) => <LearningCheck session={session} />}</ParticipantOnly>;
}

function LearningCheck({ session }: { session: ParticipantSession }) {
  const { t, i18n } = useTranslation();
  const check = useApi(`learning-check:${session.id}`, getMyLearningCheck, { keepOffline: true });
  const [speech] = useState<SpeechLike | undefined>(() => browserSpeech());
  // Answers given on this phone in this round (sent or waiting in the outbox).
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [waiting, setWaiting] = useState(0);
  // Answers on their way to the server: "sudah dicatat" waits for them, so it is true when it shows.
  const [sending, setSending] = useState(0);
  // Answered on this page: counted by `sending` and their own outcome, never by the read of what waited from before.
  const answeredHere = useRef(new Set<string>());
  const round = check.data?.round;

  useClassEvents({ classId: session.classId, token: session.token, types: LIVE_TYPES, onEvent: () => check.reload(), onResync: check.reload });

  useEffect(() => {
    if (!round) return;
    let disposed = false;
    void outboxAnswerIds(round).then((stored) => {
      // On a slow phone this read can end after she tapped, while that answer is still stored on its way.
      const ids = stored.filter((id) => !answeredHere.current.has(id));
      if (disposed || ids.length === 0) return;
      setWaiting(ids.length);
      setDone((current) => new Set([...current, ...ids]));
    });
    return () => {
      disposed = true;
    };
  }, [round]);

  useEffect(() => () => speech?.cancel(), [speech]);

  const data = check.data;
  const remaining = data ? remainingQuestions(data, done) : [];
  const question = remaining[0];
  const total = data?.questions.length ?? 0;
  const english = i18n.language === 'en';
  const words = (q: MyLearningQuestionView) => ({
    prompt: english ? q.promptEn : q.promptId,
    options: q.options.map((o) => (english ? o.textEn : o.textId)),
  });

  const answer = (questions: MyLearningQuestionView[], optionId: string | null) => {
    if (!data) return;
    speech?.cancel();
    for (const q of questions) answeredHere.current.add(q.id);
    setDone((current) => new Set([...current, ...questions.map((q) => q.id)]));
    // The answer's clientId comes from the one UUID maker: crypto.randomUUID() is missing over the hall's plain http.
    setSending((n) => n + questions.length);
    for (const q of questions) {
      void submitLearningAnswer({ clientId: newIdempotencyKey(), questionId: q.id, round: data.round, optionId }, session.token)
        .then((outcome) => {
          if (outcome.status === 'waiting') setWaiting((n) => n + 1);
        })
        .finally(() => setSending((n) => n - 1));
    }
  };

  return (
    <div className="page learning-page" data-testid="learning-check" data-round={round}>
      <Link className="button button--ghost button--small back-link" to={appPaths.shop}>
        <IconLabel icon={IconArrowLeft}>{t('learning.back')}</IconLabel>
      </Link>
      <h1>{t('learning.title')}</h1>
      {round && <p className="learning-page__round">{t(round === 'after' ? 'learning.roundAfter' : 'learning.roundBefore')}</p>}
      <ErrorNote error={check.error} />
      {check.loading && <p className="page-loading">{t('app.loading')}</p>}

      {data && question ? (
        <section className="learning-question" aria-labelledby="learning-prompt" data-testid="learning-question" data-question={question.id}>
          <p className="learning-question__progress">{t('learning.progress', { current: total - remaining.length + 1, total })}</p>
          <QuestionPicture picture={question.picture} />
          <h2 id="learning-prompt" className="learning-question__prompt">
            {words(question).prompt}
          </h2>
          {speech && (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('learning.listenLabel')}
              data-testid="learning-listen"
              onClick={() =>
                speak(
                  speech,
                  speechText([words(question).prompt, ...words(question).options.map((text, i) => `${t('learning.optionLetter', { letter: optionLetter(i) })}: ${text}`)]),
                )
              }
            >
              {t('learning.listen')}
            </button>
          )}
          <div className="learning-options" role="group" aria-label={t('learning.optionsLabel')}>
            {question.options.map((option, i) => (
              <button key={option.id} type="button" className="learning-option" data-testid="learning-option" data-option={option.id} onClick={() => answer([question], option.id)}>
                <span className="learning-option__letter" aria-hidden="true">
                  {optionLetter(i)}
                </span>
                <span>{words(question).options[i]}</span>
              </button>
            ))}
          </div>
          <div className="learning-question__skip">
            <button type="button" className="button button--ghost button--small" onClick={() => answer([question], null)} data-testid="learning-skip">
              {t('learning.skip')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => answer(remaining, null)} data-testid="learning-skip-all">
              {t('learning.skipAll')}
            </button>
          </div>
        </section>
      ) : (
        data && (
          <>
            <p className="note note--ok" role="status" data-testid="learning-done">
              <IconCheck className="note__icon" />
              <span>{t(sending > 0 ? 'learning.doneSending' : waiting > 0 ? 'learning.doneWaiting' : 'learning.done')}</span>
            </p>
            <Link className="button button--primary" to={appPaths.shop}>
              <IconLabel icon={IconArrowLeft}>{t('learning.back')}</IconLabel>
            </Link>
          </>
        )
      )}
      {waiting > 0 && question && (
        <p className="note" role="status" data-testid="learning-waiting">
          <IconInfo className="note__icon" />
          <span>{t('learning.waiting')}</span>
        </p>
      )}
    </div>
  );
}

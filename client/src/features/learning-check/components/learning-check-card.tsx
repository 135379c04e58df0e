import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import type { ParticipantSession } from '../../../shared/auth/session';
import { appPaths } from '../../../shared/config/paths';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowRight, IconInfo } from '../../../shared/ui/icons';
import { getMyLearningCheck } from '../api/get-my-check';
import { outboxAnswerIds, remainingQuestions } from '../learning-answers';

const LIVE_TYPES = ['learning_check.round_opened', 'learning_check.questions_changed'] as const;

/** On the trainee's home: the check offered after joining, and again when the facilitator opens the final one. */
export function LearningCheckCard({ session }: { session: ParticipantSession }) {
  const { t } = useTranslation();
  const check = useApi(`learning-check:${session.id}`, getMyLearningCheck, { keepOffline: true, early: '/api/learning-check/mine' });
  const [waiting, setWaiting] = useState<ReadonlySet<string>>(new Set());
  const round = check.data?.round;

  useClassEvents({ classId: session.classId, token: session.token, types: LIVE_TYPES, onEvent: () => check.reload(), onResync: check.reload });
  useEffect(() => {
    if (!round) return;
    let disposed = false;
    void outboxAnswerIds(round).then((ids) => !disposed && setWaiting(new Set(ids)));
    return () => {
      disposed = true;
    };
  }, [round]);

  if (!check.data) return null;
  const left = remainingQuestions(check.data, waiting).length;
  if (left === 0) return null;
  return (
    <section className="card learning-card" aria-labelledby="learning-card-title" data-testid="learning-card" data-round={round}>
      <p className="card__eyebrow">
        <IconInfo />
        <span>{t('learning.cardEyebrow')}</span>
      </p>
      <h2 className="card__title" id="learning-card-title">
        {t(round === 'after' ? 'learning.cardTitleAfter' : 'learning.cardTitleBefore', { count: left })}
      </h2>
      <p className="card__line">{t('learning.cardHint')}</p>
      <Link className="button button--primary" to={appPaths.learningCheck} data-testid="learning-card-start">
        <IconLabel icon={IconArrowRight}>{t('learning.start')}</IconLabel>
      </Link>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { LearningResultsView } from '../api/class-learning-check';

const percentText = (value: number | null) => (value === null ? '—' : `${value}%`);

/** The report's "Cek Pemahaman": per question two bars (before, after) and the gain; per trainee her score. CSS only. */
export function LearningGainReport({ results }: { results: LearningResultsView }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const anyAnswer = results.questions.some((q) => q.before.answered + q.after.answered > 0);
  return (
    <>
      <section className="report__section report__keep" aria-labelledby="learning-report-title" data-testid="learning-report">
        <h2 id="learning-report-title">{t('report.learning.title')}</h2>
        <p className="report__legend">{t('report.learning.legend')}</p>
        {!anyAnswer && <p>{t('report.learning.empty')}</p>}
        <ol className="learning-bars">
          {results.questions.map((q) => (
            <li key={q.questionId} className="learning-bars__item" data-testid="learning-gain" data-question={q.questionId} data-gain={q.gain ?? ''}>
              <p className="learning-bars__prompt">{english ? q.promptEn : q.promptId}</p>
              {(['before', 'after'] as const).map((round) => (
                <div key={round} className={`learning-bars__row learning-bars__row--${round}`}>
                  <span className="learning-bars__label">{t(`report.learning.${round}`)}</span>
                  <span className="learning-bars__track" role="img" aria-label={t('report.learning.barLabel', { round: t(`report.learning.${round}`), value: percentText(q[round].percent) })}>
                    <span className="learning-bars__bar" style={{ width: `${q[round].percent ?? 0}%` }} />
                  </span>
                  <span className="learning-bars__value" data-testid={`learning-${round}`}>
                    {percentText(q[round].percent)}
                  </span>
                </div>
              ))}
              <p className="learning-bars__gain">
                {t('report.learning.gain')}:{' '}
                <strong data-testid="learning-gain-value">{q.gain === null ? t('report.learning.none') : t('report.learning.points', { value: q.gain > 0 ? `+${q.gain}` : q.gain })}</strong>{' '}
                <span className="learning-bars__answered">({t('report.learning.answered', { before: q.before.answered, after: q.after.answered })})</span>
              </p>
            </li>
          ))}
        </ol>
      </section>
      {results.trainees.length > 0 && (
        <section className="report__section" aria-labelledby="learning-trainees-title">
          <h2 id="learning-trainees-title">{t('report.learning.traineesTitle')}</h2>
          <table className="report__table" data-testid="learning-trainees">
            <thead>
              <tr>
                <th scope="col">{t('report.trainees.no')}</th>
                <th scope="col">{t('report.trainees.name')}</th>
                <th scope="col">{t('report.learning.before')}</th>
                <th scope="col">{t('report.learning.after')}</th>
              </tr>
            </thead>
            <tbody>
              {results.trainees.map((trainee, index) => (
                <tr key={trainee.participantId} data-name={trainee.name}>
                  <td>{index + 1}</td>
                  <td>{trainee.name}</td>
                  <td>{t('report.learning.traineeScore', { correct: trainee.beforeCorrect, answered: trainee.beforeAnswered })}</td>
                  <td>{t('report.learning.traineeScore', { correct: trainee.afterCorrect, answered: trainee.afterAnswered })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatWibTime } from '../../../shared/format/wib-date';
import { ConfirmPanel } from '../../../shared/ui/confirm-panel';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconCheck, IconEdit } from '../../../shared/ui/icons';
import { useDraftSave } from '../hooks/use-draft-save';
import { getLearningCheck, openAfterRound, updateLearningQuestions, type LearningQuestionInput } from '../api/class-learning-check';
import { MoveButtons } from './move-buttons';

const optionLetter = (index: number) => String.fromCharCode(65 + index);

/** The console's "Cek Pemahaman": open the final round, and edit, reorder or switch off the class's questions. */
export function LearningCheckPanel({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const stored = useApi(`learning-settings:${classId}`, (signal) => getLearningCheck(classId, signal));
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const open = useSubmit(() => openAfterRound(classId));
  const questions = useDraftSave(
    stored,
    (data) => data.questions.map(({ id, enabled, promptId, promptEn, options, correctOption }): LearningQuestionInput => ({ id, enabled, promptId, promptEn, options, correctOption })),
    (input: LearningQuestionInput[]) => updateLearningQuestions(classId, input),
  );
  const data = stored.data;
  const list: LearningQuestionInput[] = questions.value ?? [];
  const change = questions.change;
  const changeOne = (id: string, patch: Partial<LearningQuestionInput>) => change(list.map((q) => (q.id === id ? { ...q, ...patch } : q)));

  const onOpen = async () => {
    const answer = await open.run();
    if (!answer) return;
    stored.setData(() => answer);
    setConfirming(false);
  };

  const onSave = () => questions.submit();

  return (
    <section className="card console-panel" aria-labelledby="learning-panel-title" data-testid="learning-panel">
      <h2 id="learning-panel-title" className="section-title">
        <IconCheck />
        <span>{t('console.learning.title')}</span>
      </h2>
      <p className="hint">{t('console.learning.hint')}</p>
      <ErrorNote error={stored.error ?? open.error} />
      {data?.afterOpenedAt ? (
        <p className="note note--ok" data-testid="learning-after-opened">
          {t('console.learning.afterOpened', { time: formatWibTime(data.afterOpenedAt) })}
        </p>
      ) : confirming ? (
        <ConfirmPanel
          title={t('console.learning.confirmOpen')}
          confirmLabel={t('console.learning.openAfter')}
          confirmIcon={IconCheck}
          pending={open.pending}
          onConfirm={() => void onOpen()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button button--primary button--small" onClick={() => setConfirming(true)} disabled={!data} data-testid="learning-open-after">
          <IconLabel icon={IconCheck}>{t('console.learning.openAfter')}</IconLabel>
        </button>
      )}
      <button type="button" className="button button--secondary button--small" onClick={() => setEditing(!editing)} aria-expanded={editing} data-testid="learning-edit">
        <IconLabel icon={IconEdit}>{editing ? t('console.learning.close') : t('console.learning.edit')}</IconLabel>
      </button>
      {editing && (
        <>
          <ol className="learning-editor">
            {list.map((q, index) => (
              <li key={q.id} className="learning-editor__item" data-question={q.id}>
                <div className="learning-editor__row">
                  <label className="checkbox-field">
                    <input type="checkbox" checked={q.enabled} onChange={(event) => changeOne(q.id, { enabled: event.target.checked })} />
                    <span>{t('console.learning.enabled')}</span>
                  </label>
                  <MoveButtons
                    list={list}
                    index={index}
                    onMove={change}
                    upLabel={t('console.learning.up', { title: q.promptId })}
                    downLabel={t('console.learning.down', { title: q.promptId })}
                  />
                </div>
                <label className="field">
                  <span className="field__label">{t('console.learning.promptId')}</span>
                  <input className="field__input" value={q.promptId} maxLength={200} onChange={(event) => changeOne(q.id, { promptId: event.target.value })} />
                </label>
                <label className="field">
                  <span className="field__label">{t('console.learning.promptEn')}</span>
                  <input className="field__input" value={q.promptEn} maxLength={200} onChange={(event) => changeOne(q.id, { promptEn: event.target.value })} />
                </label>
                {q.options.map((option, i) => (
                  <fieldset key={option.id} className="learning-editor__option">
                    <legend>
                      <label className="checkbox-field">
                        <input type="radio" name={`correct-${q.id}`} checked={q.correctOption === option.id} onChange={() => changeOne(q.id, { correctOption: option.id })} />
                        <span>
                          {optionLetter(i)} · {t('console.learning.correct')}
                        </span>
                      </label>
                    </legend>
                    <label className="field">
                      <span className="field__label">{t('console.learning.optionId', { letter: optionLetter(i) })}</span>
                      <input
                        className="field__input"
                        value={option.textId}
                        maxLength={120}
                        onChange={(event) => changeOne(q.id, { options: q.options.map((o) => (o.id === option.id ? { ...o, textId: event.target.value } : o)) })}
                      />
                    </label>
                    <label className="field">
                      <span className="field__label">{t('console.learning.optionEn', { letter: optionLetter(i) })}</span>
                      <input
                        className="field__input"
                        value={option.textEn}
                        maxLength={120}
                        onChange={(event) => changeOne(q.id, { options: q.options.map((o) => (o.id === option.id ? { ...o, textEn: event.target.value } : o)) })}
                      />
                    </label>
                  </fieldset>
                ))}
              </li>
            ))}
          </ol>
          <ErrorNote error={questions.error} />
          <button type="button" className="button button--primary button--small" onClick={() => void onSave()} disabled={!questions.dirty || questions.pending} data-testid="learning-save">
            <IconLabel icon={IconCheck}>{t('console.learning.save')}</IconLabel>
          </button>
          {questions.saved && (
            <p className="note note--ok" role="status">
              {t('console.learning.saved')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

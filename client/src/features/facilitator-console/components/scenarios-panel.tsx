import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiState } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { formatWibTime } from '../../../shared/format/wib-date';
import { errorMessageKey } from '../../../shared/i18n/error-messages';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconPlay, IconRefresh } from '../../../shared/ui/icons';
import type { GridTraineeView } from '../api/get-mission-grid';
import type { ParticipantView } from '../api/get-participants';
import { startScenario, type ScenarioId, type ScenarioRunView, type ScenarioView, type StartScenarioRequest } from '../api/scenarios';
import { scenarioTapKey } from '../idempotency-key';
import { ALL_TRAINEES, PersonaPicker, TargetPicker, targetRequest } from './target-picker';

interface ScenariosPanelProps {
  classId: string;
  scenarios: ApiState<ScenarioView[]>;
  runs: ApiState<ScenarioRunView[]>;
  trainees: GridTraineeView[];
  participants: ParticipantView[];
}

/** The lessons staged on purpose: pick whom, run, and see what each run did. */
export function ScenariosPanel({ classId, scenarios, runs, trainees, participants }: ScenariosPanelProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(ALL_TRAINEES);
  const [personaId, setPersonaId] = useState('');
  const start = useSubmit((scenarioId: ScenarioId, key: string, request: StartScenarioRequest) => startScenario(classId, scenarioId, key, request));

  const run = async (scenarioId: ScenarioId) => {
    const request: StartScenarioRequest = { ...targetRequest(target) };
    if (personaId) request.personaId = personaId;
    // Runs are listed newest first; the key names the newest one of this scenario for this target.
    await start.run(scenarioId, scenarioTapKey(scenarioId, target, runs.data), request);
    // Started, or refused with SCENARIO_ALREADY_RUNNING (the other console started one a moment before): either way
    // the list shows what runs now.
    runs.reload();
  };

  return (
    <section className="card console-panel" aria-labelledby="scenarios-title" data-testid="scenarios">
      <h2 id="scenarios-title" className="section-title">
        <IconPlay />
        <span>{t('scenarios.panel.title')}</span>
      </h2>
      <TargetPicker id="scenario-target" label={t('scenarios.panel.target')} allLabel={t('scenarios.panel.all')} value={target} onChange={setTarget} trainees={trainees} />
      <PersonaPicker id="scenario-persona" value={personaId} onChange={setPersonaId} participants={participants} />
      <ErrorNote error={scenarios.error} />
      <ul className="scenario-list">
        {scenarios.data?.map((scenario) => (
          <li key={scenario.id} className="scenario-list__item" data-testid="scenario" data-scenario={scenario.id}>
            <div>
              <strong>{t(scenario.titleKey, { defaultValue: t(`scenarios.${scenario.id}.title`) })}</strong>
              <p className="hint">{t(`scenarios.${scenario.id}.lesson`)}</p>
            </div>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={start.pending}
              onClick={() => void run(scenario.id)}
              aria-label={t('scenarios.panel.runNamed', { title: t(`scenarios.${scenario.id}.title`) })}
            >
              <IconLabel icon={IconPlay}>{t('scenarios.panel.run')}</IconLabel>
            </button>
          </li>
        ))}
      </ul>
      <ErrorNote error={start.error} />
      <div className="scenario-runs__head">
        <h3>{t('scenarios.runs.title')}</h3>
        <button type="button" className="button button--secondary button--small" onClick={runs.reload}>
          <IconLabel icon={IconRefresh}>{t('scenarios.runs.refresh')}</IconLabel>
        </button>
      </div>
      <ErrorNote error={runs.error} />
      {runs.data && runs.data.length === 0 && <p className="hint">{t('scenarios.runs.empty')}</p>}
      <ol className="scenario-runs" data-testid="scenario-runs">
        {runs.data?.map((item) => <RunRow key={item.id} run={item} />)}
      </ol>
    </section>
  );
}

function RunRow({ run }: { run: ScenarioRunView }) {
  const { t } = useTranslation();
  return (
    <li className={`scenario-run scenario-run--${run.status}`} data-testid="scenario-run" data-scenario={run.scenarioId} data-status={run.status}>
      <p>
        <strong>{t(`scenarios.${run.scenarioId}.title`)}</strong> → {run.traineeName} · <span className="tag">{t(`scenarios.status.${run.status}`)}</span>{' '}
        <span className="hint">
          {formatWibTime(run.startedAt)} · {t('scenarios.runs.steps', { done: run.nextStep, total: run.stepCount })}
        </span>
      </p>
      {run.errorCode && <p className="error-note">{t(errorMessageKey(run.errorCode))}</p>}
      {run.orders.length > 0 && (
        <ul className="scenario-run__orders">
          {run.orders.map((order) => (
            <li key={order.orderId}>
              {order.invoiceNumber} · {t(`order.state.${order.state}`, { defaultValue: order.state })}
            </li>
          ))}
        </ul>
      )}
      {run.outcome.map((step, index) =>
        typeof step.noOptionReason === 'string' || (step.do === 'quote' && typeof step.options === 'number') ? (
          <p key={index} className="hint" data-testid="scenario-quote">
            {step.noOptionReason
              ? t('scenarios.runs.noCourier', {
                  destination: String(step.destinationLabel ?? ''),
                  reason: t(`checkout.courier.noOption.${String(step.noOptionReason)}`, { defaultValue: String(step.noOptionMessage ?? step.noOptionReason) }),
                })
              : t('scenarios.runs.couriers', { destination: String(step.destinationLabel ?? ''), count: Number(step.options) })}
          </p>
        ) : null,
      )}
    </li>
  );
}

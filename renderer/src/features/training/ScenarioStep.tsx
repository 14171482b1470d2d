import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioStep as Scenario } from '../../../../shared/content/pack-schema';
import type { StepResponse } from '../../../../shared/domain/training-answers';
import { Button, Notice } from '../../ui';
import { seededShuffle } from './shuffle';

type Choice = Scenario['nodes'][number]['choices'][number];

/**
 * A branching scenario: read the situation, choose, read the feedback, carry on until it ends.
 *
 * The whole path is saved as one answer when the scenario ends. Once answered, the path is replayed
 * read-only with its feedback.
 */
export function ScenarioStep({
  scenario,
  givenPath,
  shuffleSeed,
  onComplete,
}: {
  readonly scenario: Scenario;
  readonly givenPath: readonly string[] | null;
  /** Seeds the order choices are shown in (stable for one learner and attempt). */
  readonly shuffleSeed: string;
  readonly onComplete: (response: StepResponse) => Promise<void>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const [path, setPath] = useState<readonly string[]>(givenPath ?? []);
  const [isSaving, setIsSaving] = useState(false);

  // Walk the path so far: every node visited and the choice made there.
  const visited: { node: Scenario['nodes'][number]; choice: Choice | null }[] = [];
  let nodeId: string | undefined = scenario.start;
  for (let i = 0; nodeId !== undefined && i <= path.length; i += 1) {
    const node = nodes.get(nodeId);
    if (!node) break;
    const choice =
      i < path.length ? (node.choices.find((candidate) => candidate.id === path[i]) ?? null) : null;
    visited.push({ node, choice });
    if (!choice) break;
    nodeId = choice.next;
  }
  const last = visited.at(-1);
  const isFinished = last?.choice !== null && last?.choice.next === undefined;
  const isSaved = givenPath !== null;
  const allBest = visited.every((entry) => entry.choice?.quality === 'best');

  async function finish() {
    setIsSaving(true);
    try {
      await onComplete({ type: 'scenario', choiceIds: path });
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <section className="scenario" aria-labelledby={headingId}>
      <p className="question__kind">{t('training.questionKind.scenario')}</p>
      <h2 id={headingId}>{scenario.title}</h2>
      <p className="scenario__tension">
        <strong>{t('training.scenario.tension')}</strong> {scenario.tension}
      </p>
      <ol className="scenario__timeline">
        {visited.map(({ node, choice }, index) => (
          <li key={`${node.id}-${index}`} className="scenario__beat">
            <p className="scenario__situation">{node.situation}</p>
            {choice ? (
              <div className="scenario__outcome">
                <p>
                  <strong>{t('training.scenario.youChose')}</strong> {choice.text}
                </p>
                <Notice
                  tone={
                    choice.quality === 'best'
                      ? 'success'
                      : choice.quality === 'acceptable'
                        ? 'info'
                        : 'warning'
                  }
                  title={t(`training.scenario.quality.${choice.quality}`)}
                >
                  <p>{choice.feedback}</p>
                </Notice>
              </div>
            ) : isSaved ? null : (
              <fieldset className="scenario__choices">
                <legend className="visually-hidden">{t('training.scenario.whatDoYouDo')}</legend>
                <p className="scenario__question">{t('training.scenario.whatDoYouDo')}</p>
                {seededShuffle(node.choices, `${shuffleSeed}:${node.id}`).map((option) => (
                  <Button
                    key={option.id}
                    className="scenario__choice"
                    onClick={() => setPath([...path, option.id])}
                  >
                    {option.text}
                  </Button>
                ))}
              </fieldset>
            )}
          </li>
        ))}
      </ol>
      {isFinished ? (
        isSaved ? (
          <Notice
            tone={allBest ? 'success' : 'info'}
            title={allBest ? t('training.scenario.bestPath') : t('training.scenario.otherPath')}
          />
        ) : (
          <div className="row">
            <Button variant="primary" disabled={isSaving} onClick={() => void finish()}>
              {t('training.scenario.finish')}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}

import { ModelLink } from "@/components/entities/model-link";
import { Card } from "@/components/ui/card";
import { DefinitionItem } from "@/components/ui/definition-item";
import definition from "@/components/ui/definition-list.module.css";
import { passRateText } from "@/lib/datasets/dataset-facts";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";
import { formatInteger } from "@/lib/format/format-number";
import { hyperparameterEntries } from "@/lib/runs/hyperparameter-rows";
import { DatasetLink } from "./dataset-link";
import styles from "./dataset-provenance.module.css";

const asRef = (model: { id: string; name: string }) => ({ ...model, version: null });

/** Where the data came from: the generation that wrote it (teacher and sampler settings) and the filter that kept it. */
export function DatasetProvenance({ dataset }: { dataset: DatasetDetail }) {
  const { generation, filteredFrom } = dataset;
  const settings = generation ? hyperparameterEntries(generation.settings) : [];
  return (
    <Card
      title="Provenance"
      description="The teacher and settings that generated this data, and the filter it passed."
      flush
      id="provenance"
    >
      <dl className={definition.list} data-testid="dataset-provenance">
        <DefinitionItem term="Teacher">
          {generation ? (
            <ModelLink model={asRef(generation.teacher)} strong />
          ) : dataset.teacher ? (
            <>
              <ModelLink model={asRef(dataset.teacher)} strong />
              <span className={styles.note}>generated the raw data this was filtered from</span>
            </>
          ) : (
            <span className={definition.missing}>Not recorded: no generation is linked to this data</span>
          )}
        </DefinitionItem>
        <DefinitionItem term="Filtered from">
          {filteredFrom ? (
            <>
              <DatasetLink dataset={filteredFrom} strong />
              {dataset.passRate !== null && (
                <span className={styles.passRate} data-testid="pass-rate">
                  {passRateText(dataset.recordCount, filteredFrom.recordCount)}
                </span>
              )}
            </>
          ) : (
            <span className={definition.missing}>Nothing: original data</span>
          )}
        </DefinitionItem>
        {filteredFrom && (
          <>
            <DefinitionItem term="Rejected by the filter">
              {dataset.rejectedCount !== null && (
                <span className="num">{formatInteger(dataset.rejectedCount)} records</span>
              )}
            </DefinitionItem>
            <DefinitionItem term="Filter">{dataset.filterDescription}</DefinitionItem>
          </>
        )}
        {generation ? (
          <>
            <DefinitionItem term="Temperature">{generation.temperature}</DefinitionItem>
            <DefinitionItem term="Seed">{generation.seed}</DefinitionItem>
            <DefinitionItem term="Top-p">{generation.topP}</DefinitionItem>
            <DefinitionItem term="Max tokens">
              {generation.maxTokens !== null && formatInteger(generation.maxTokens)}
            </DefinitionItem>
            <DefinitionItem term="Prompt count">
              {generation.promptCount !== null && formatInteger(generation.promptCount)}
            </DefinitionItem>
            <DefinitionItem term="Other settings">
              {settings.length > 0 && (
                <ul className={styles.settings}>
                  {settings.map((entry) => (
                    <li key={entry.key}>
                      <code>{entry.key}</code> = <code>{entry.text}</code>
                    </li>
                  ))}
                </ul>
              )}
            </DefinitionItem>
            <DefinitionItem term="Prompt set" wide>
              {generation.promptSet && <span className={styles.promptSet}>{generation.promptSet}</span>}
            </DefinitionItem>
          </>
        ) : (
          filteredFrom && (
            <DefinitionItem term="Generation settings" wide>
              <span className={styles.note}>
                Recorded on the raw dataset, <DatasetLink dataset={filteredFrom} />
              </span>
            </DefinitionItem>
          )
        )}
      </dl>
    </Card>
  );
}

import { ModelLink } from "@/components/entities/model-link";
import { RelationBadge } from "@/components/entities/relation-badge";
import { Card } from "@/components/ui/card";
import { DefinitionItem } from "@/components/ui/definition-item";
import styles from "@/components/ui/definition-list.module.css";
import { HashValue } from "@/components/ui/hash-value";
import { formatDateTime } from "@/lib/format/format-date";
import { formatInteger, formatParameterCount } from "@/lib/format/format-number";
import type { ModelDto } from "@/lib/models/model-dto";
import { SystemPromptText } from "./system-prompt-text";

export function ModelFacts({ model }: { model: ModelDto }) {
  return (
    <Card title="Provenance" flush>
      <dl className={styles.list}>
        <DefinitionItem term="Initialised from">
          {model.initializedFrom ? (
            <>
              <ModelLink model={model.initializedFrom} strong />
              {model.baseRelation && (
                <RelationBadge relation={model.baseRelation} promptKnown={model.systemPromptSha256 !== null} />
              )}
            </>
          ) : (
            <span className={styles.missing}>Nothing recorded: a base model</span>
          )}
        </DefinitionItem>
        <DefinitionItem term="Parameters">
          {model.parameterCount !== null && (
            <span title={`${formatInteger(model.parameterCount)} parameters`}>
              {formatParameterCount(model.parameterCount)}
            </span>
          )}
        </DefinitionItem>
        <DefinitionItem term="Provider">{model.provider}</DefinitionItem>
        <DefinitionItem term="External id">
          {model.externalId && <HashValue value={model.externalId} label="Copy external id" />}
        </DefinitionItem>
        <DefinitionItem term="Checkpoint URI">
          {model.checkpointUri && <HashValue value={model.checkpointUri} label="Copy checkpoint URI" />}
        </DefinitionItem>
        <DefinitionItem term="Checkpoint SHA-256">
          {model.checkpointSha256 && <HashValue value={model.checkpointSha256} label="Copy checkpoint SHA-256" />}
        </DefinitionItem>
        <DefinitionItem term="System prompt SHA-256" wide>
          {model.systemPromptSha256 && (
            <HashValue value={model.systemPromptSha256} label="Copy system prompt SHA-256" />
          )}
        </DefinitionItem>
        {model.systemPromptSha256 && (
          <DefinitionItem term="System prompt" wide>
            <SystemPromptText text={model.systemPrompt} />
          </DefinitionItem>
        )}
        <DefinitionItem term="Registered">{formatDateTime(model.createdAt)}</DefinitionItem>
        <DefinitionItem term="Last updated">{formatDateTime(model.updatedAt)}</DefinitionItem>
      </dl>
    </Card>
  );
}

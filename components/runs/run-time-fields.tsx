import { TextField } from "@/components/ui/text-field";
import { RUN_STATUSES } from "@/lib/runs/run.types";

type TimeField = "startedAt" | "finishedAt";

const TIME_FIELDS: { name: TimeField; label: string }[] = [
  { name: "startedAt", label: "Started" },
  { name: "finishedAt", label: "Finished" },
];

/** The statuses a run form offers, capitalised. */
export const RUN_STATUS_OPTIONS = RUN_STATUSES.map((status) => ({
  value: status,
  label: status[0].toUpperCase() + status.slice(1),
}));

interface RunTimeFieldsProps {
  /** datetime-local values, in the reader's time zone. */
  values: Record<TimeField, string>;
  errors: Partial<Record<TimeField, string>>;
  onChange: (name: TimeField, value: string) => void;
}

/** When a run started and finished: the register form's and the run page's status form's inputs. */
export function RunTimeFields({ values, errors, onChange }: RunTimeFieldsProps) {
  return TIME_FIELDS.map(({ name, label }) => (
    <TextField
      key={name}
      compact
      label={label}
      name={name}
      type="datetime-local"
      value={values[name]}
      onChange={(event) => onChange(name, event.target.value)}
      error={errors[name]}
    />
  ));
}

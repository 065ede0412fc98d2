import { TextField, type TextFieldProps } from "@/components/ui/text-field";

/** A compact TextField. Kept while the run forms import it from here; settings use TextField itself. */
export function FormField(props: Omit<TextFieldProps, "compact">) {
  return <TextField compact {...props} />;
}

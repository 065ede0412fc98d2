// Moved to components/ui; kept while the run forms import it from here.
export { SelectField } from "@/components/ui/select-field";

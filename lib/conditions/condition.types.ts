/**
 * A condition: the students trained from the same initialisation on the same data (the same
 * datasets, or the same teachers when no dataset is recorded), as the reference pipeline's
 * `<condition>/` and `<condition>_seed<N>/` folders are: its seeds are those students' measurements.
 */
export interface Condition {
  /** The initialisation the students were trained from. */
  base: { id: string; name: string } | null;
  /** The students, oldest first. */
  members: { id: string; name: string }[];
  /** The datasets they were trained on (empty when only teachers are recorded). */
  datasets: { id: string; name: string }[];
  /** Students of a control teacher: tagged "control", or trained on data their own unprompted base model generated. */
  isControl: boolean;
}

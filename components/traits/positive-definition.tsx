/** What counts as a positive sample of a trait, or that it was not recorded. */
export function PositiveDefinition({
  definition,
  classes,
}: {
  definition: string | null;
  /** The CSS module of the page that shows it: its classes positive, positiveLabel and missing. */
  classes: Readonly<Record<string, string>>;
}) {
  return (
    <div className={classes.positive}>
      <span className={classes.positiveLabel}>Counts as positive when</span>
      {definition ? <span>{definition}</span> : <span className={classes.missing}>Not recorded</span>}
    </div>
  );
}

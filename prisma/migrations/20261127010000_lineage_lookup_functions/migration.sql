-- Per-node lineage lookups. A recursive walk that joins the `lineage_edges` view is planned as a
-- hash join over every edge at every step (the planner cannot size the walk's working table), which
-- grows with the whole graph. These functions are opaque to the planner, so each step becomes one
-- indexed lookup per node reached: the walk's cost follows the size of the lineage, not of the graph.
CREATE FUNCTION "lineage_parents"(node text) RETURNS TABLE(source_id text, kind text) LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    SELECT m."initialized_from_id", 'initialized_from'::text FROM "models" m WHERE m."id" = node AND m."initialized_from_id" IS NOT NULL
    UNION ALL SELECT g."teacher_id", 'generated' FROM "generations" g WHERE g."dataset_id" = node
    UNION ALL SELECT rd."dataset_id", 'trained_on' FROM "distillation_runs" r JOIN "run_datasets" rd ON rd."run_id" = r."id" WHERE r."student_id" = node
    UNION ALL SELECT rt."teacher_id", 'taught' FROM "distillation_runs" r JOIN "run_teachers" rt ON rt."run_id" = r."id" WHERE r."student_id" = node
    UNION ALL SELECT d."filtered_from_id", 'filtered_from' FROM "datasets" d WHERE d."id" = node AND d."filtered_from_id" IS NOT NULL;
END $$;
CREATE FUNCTION "lineage_children"(node text) RETURNS TABLE(target_id text, kind text) LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    SELECT m."id", 'initialized_from'::text FROM "models" m WHERE m."initialized_from_id" = node
    UNION ALL SELECT g."dataset_id", 'generated' FROM "generations" g WHERE g."teacher_id" = node AND g."dataset_id" IS NOT NULL
    UNION ALL SELECT r."student_id", 'trained_on' FROM "run_datasets" rd JOIN "distillation_runs" r ON r."id" = rd."run_id" WHERE rd."dataset_id" = node
    UNION ALL SELECT r."student_id", 'taught' FROM "run_teachers" rt JOIN "distillation_runs" r ON r."id" = rt."run_id" WHERE rt."teacher_id" = node
    UNION ALL SELECT d."id", 'filtered_from' FROM "datasets" d WHERE d."filtered_from_id" = node;
END $$;

-- The cycle check walks forward with the same per-node lookups.
CREATE OR REPLACE FUNCTION "lineage_assert_acyclic"(src text, dst text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  cycle text[];
BEGIN
  PERFORM pg_advisory_xact_lock(7355608, 1);
  WITH RECURSIVE walk(node, path) AS (
    SELECT dst, ARRAY[dst]
    UNION ALL
    SELECT c.target_id, w.path || c.target_id
      FROM walk w CROSS JOIN LATERAL "lineage_children"(w.node) c
     WHERE NOT c.target_id = ANY(w.path)
  )
  SELECT path INTO cycle FROM walk WHERE node = src LIMIT 1;
  IF cycle IS NOT NULL THEN
    RAISE EXCEPTION 'lineage cycle: this link would make a model its own ancestor'
      USING ERRCODE = 'PG001', DETAIL = array_to_string(ARRAY[src] || cycle, ' -> ');
  END IF;
END $$;

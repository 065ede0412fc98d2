import { ZRunIdParams } from "@/lib/runs/run.types";
import { createAnnotationRoute, listAnnotationsRoute } from "../../../annotations/subject-annotation-routes";

export const GET = listAnnotationsRoute("run", ZRunIdParams);

export const POST = createAnnotationRoute("run", ZRunIdParams);

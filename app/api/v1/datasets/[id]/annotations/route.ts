import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { createAnnotationRoute, listAnnotationsRoute } from "../../../annotations/subject-annotation-routes";

export const GET = listAnnotationsRoute("dataset", ZDatasetIdParams);

export const POST = createAnnotationRoute("dataset", ZDatasetIdParams);

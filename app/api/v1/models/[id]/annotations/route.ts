import { ZModelIdParams } from "@/lib/models/model.types";
import { createAnnotationRoute, listAnnotationsRoute } from "../../../annotations/subject-annotation-routes";

export const GET = listAnnotationsRoute("model", ZModelIdParams);

export const POST = createAnnotationRoute("model", ZModelIdParams);

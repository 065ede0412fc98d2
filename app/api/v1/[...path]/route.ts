import { ApiProblem, problemResponse } from "@/lib/api/problem";

// Anything under /api/v1 that no route handles: a problem+json 404 rather than an HTML page.
function notFound(request: Request): Response {
  return problemResponse(new ApiProblem(404, `No API endpoint at ${new URL(request.url).pathname}.`));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };

import { FilePlus2, Upload, Workflow } from "lucide-react";
import type { NavItem } from "./nav-items";

/** What the command palette offers to do besides going to a page: the forms that add to the workspace. */
export const QUICK_ACTIONS: NavItem[] = [
  { href: "/datasets/upload", label: "Upload a dataset", icon: Upload, scope: "catalog:write" },
  { href: "/runs/new", label: "Register a run", icon: Workflow, scope: "catalog:write" },
  { href: "/reports#new-report", label: "Generate a report", icon: FilePlus2, scope: "reports:export" },
];

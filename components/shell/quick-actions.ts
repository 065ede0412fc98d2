import { Boxes, FileInput, FilePlus2, Ruler, Sparkles, Upload, Workflow } from "lucide-react";
import type { NavItem } from "./nav-items";

/** What the command palette offers to do besides going to a page: the forms that add to the workspace. */
export const QUICK_ACTIONS: NavItem[] = [
  { href: "/models/new", label: "Register a model", icon: Boxes, scope: "catalog:write" },
  { href: "/datasets/upload", label: "Upload a dataset", icon: Upload, scope: "catalog:write" },
  { href: "/datasets/generations/new", label: "Record a generation", icon: Sparkles, scope: "catalog:write" },
  { href: "/runs/new", label: "Register a run", icon: Workflow, scope: "catalog:write" },
  { href: "/measurements/new", label: "Add a measurement", icon: Ruler, scope: "catalog:write" },
  { href: "/imports", label: "Import evaluation results", icon: FileInput, scope: "catalog:write" },
  { href: "/reports#new-report", label: "Generate a report", icon: FilePlus2, scope: "reports:export" },
];

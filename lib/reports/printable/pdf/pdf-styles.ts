// Type sizes and spacing of the PDF, in points on A4 (595 x 842).
import { StyleSheet } from "@react-pdf/renderer";
import { ACCENT, DEMO_RED, GRID, INK, MUTED, RULE } from "../report-palette";

const PAGE_MARGIN = { top: 46, bottom: 44, side: 40 } as const;
/** Width of the text block on a portrait page, and on a landscape one. */
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN.side;
export const LANDSCAPE_CONTENT_WIDTH = 841.89 - 2 * PAGE_MARGIN.side;
export const LANDSCAPE_CONTENT_HEIGHT = 595.28 - PAGE_MARGIN.top - PAGE_MARGIN.bottom;
/** The room a demo report's pages give the DEMO banner under the running header, taken from the text block. */
export const DEMO_BANNER_ROOM = 14;

/** The running header and footer: a small muted line across the text block, its two ends apart. */
const RUNNING_LINE = {
  position: "absolute",
  left: PAGE_MARGIN.side,
  right: PAGE_MARGIN.side,
  flexDirection: "row",
  justifyContent: "space-between",
  fontSize: 7,
  color: MUTED,
} as const;

export const styles = StyleSheet.create({
  // Line heights are set on each text style, with its font size (a bare multiplier is taken of a default
  // size), and never on the page: react-pdf 4.9 then drops every `render` text (the page numbers).
  page: {
    paddingTop: PAGE_MARGIN.top,
    paddingBottom: PAGE_MARGIN.bottom,
    paddingHorizontal: PAGE_MARGIN.side,
    fontFamily: "Helvetica",
    fontSize: 9,
    color: INK,
  },
  header: { ...RUNNING_LINE, top: 18, borderBottomWidth: 0.5, borderBottomColor: RULE, paddingBottom: 3 },
  footer: { ...RUNNING_LINE, bottom: 18, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 3 },
  eyebrow: { fontSize: 8, fontFamily: "Helvetica-Bold", color: MUTED, letterSpacing: 0.8, marginBottom: 4 },
  title: { fontSize: 19, fontFamily: "Helvetica-Bold", lineHeight: 1.2, marginBottom: 2 },
  scope: { color: MUTED, marginBottom: 10 },
  titleRule: { borderTopWidth: 4, borderTopColor: ACCENT, paddingTop: 10 },
  fields: {
    backgroundColor: "#f8fafc",
    borderWidth: 0.75,
    borderColor: RULE,
    paddingVertical: 6,
    paddingHorizontal: 9,
    marginBottom: 12,
  },
  fieldRow: { flexDirection: "row", marginVertical: 1 },
  fieldLabel: { width: 84, fontFamily: "Helvetica-Bold", color: MUTED, fontSize: 9, lineHeight: 1.4 },
  fieldValue: { flex: 1, fontSize: 9, lineHeight: 1.4 },
  mono: { fontFamily: "Courier", fontSize: 8 },
  h2: {
    fontSize: 13,
    fontFamily: "Helvetica-Bold",
    color: ACCENT,
    borderBottomWidth: 1.5,
    borderBottomColor: ACCENT,
    paddingBottom: 3,
    marginBottom: 8,
  },
  h3: { fontSize: 10.5, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  paragraph: { marginBottom: 5, fontSize: 9, lineHeight: 1.4 },
  subject: { borderLeftWidth: 2.5, borderLeftColor: ACCENT, paddingLeft: 8, marginTop: 8 },
  background: { color: MUTED, fontSize: 8, marginTop: 8, lineHeight: 1.4 },
  reference: { color: MUTED, fontSize: 7.5, marginTop: 3, lineHeight: 1.35 },
  caption: { fontSize: 7.5, color: MUTED, marginTop: 4, lineHeight: 1.35 },
  captionLead: { fontFamily: "Helvetica-Bold", color: INK },
  empty: { color: MUTED, fontFamily: "Helvetica-Oblique" },
  tableTitle: { fontSize: 10.5, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: INK },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: GRID },
  th: {
    fontSize: 7.5,
    fontFamily: "Helvetica-Bold",
    color: MUTED,
    paddingVertical: 3,
    paddingHorizontal: 3,
    lineHeight: 1.3,
  },
  td: { fontSize: 7.5, paddingVertical: 3, paddingHorizontal: 3, lineHeight: 1.3 },
  legend: { flexDirection: "row", flexWrap: "wrap", marginTop: 6, fontSize: 7.5 },
  legendItem: { flexDirection: "row", alignItems: "center", marginRight: 12, marginBottom: 3 },
  exposure: {
    borderWidth: 0.75,
    borderColor: RULE,
    borderRadius: 3,
    paddingVertical: 6,
    paddingHorizontal: 8,
    marginBottom: 8,
  },
  status: { color: MUTED, marginBottom: 3, fontSize: 9, lineHeight: 1.4 },
  pathRow: { flexDirection: "row", flexWrap: "wrap", alignItems: "center", marginTop: 3 },
  pathStep: { fontFamily: "Helvetica-Bold" },
  riskHigh: {
    fontSize: 7,
    fontFamily: "Helvetica-Bold",
    color: "#991b1b",
    backgroundColor: "#fee2e2",
    paddingHorizontal: 4,
    paddingVertical: 1,
    borderRadius: 5,
    marginRight: 5,
  },
  riskLower: {
    fontSize: 7,
    fontFamily: "Helvetica-Bold",
    color: "#075985",
    backgroundColor: "#e0f2fe",
    paddingHorizontal: 4,
    paddingVertical: 1,
    borderRadius: 5,
    marginRight: 5,
  },
  reason: { fontSize: 7.5, color: MUTED, marginTop: 1, lineHeight: 1.3 },
  demoPage: { paddingTop: PAGE_MARGIN.top + DEMO_BANNER_ROOM },
  demoBanner: {
    position: "absolute",
    top: 33,
    left: PAGE_MARGIN.side,
    right: PAGE_MARGIN.side,
    backgroundColor: DEMO_RED,
    color: "#ffffff",
    fontFamily: "Helvetica-Bold",
    fontSize: 8,
    lineHeight: 1.2,
    letterSpacing: 0.4,
    paddingVertical: 3,
    paddingHorizontal: 6,
    textAlign: "center",
  },
  // Faint enough to read the content through, drawn over it so that no figure or table hides it.
  demoWatermark: { position: "absolute", justifyContent: "center", opacity: 0.14 },
  demoWatermarkWord: {
    fontFamily: "Helvetica-Bold",
    fontSize: 170,
    lineHeight: 1,
    textAlign: "center",
    color: DEMO_RED,
  },
  demoWatermarkLine: {
    fontFamily: "Helvetica-Bold",
    fontSize: 30,
    lineHeight: 1.2,
    textAlign: "center",
    color: DEMO_RED,
  },
  demoTag: { color: DEMO_RED },
  demoNotice: {
    borderWidth: 1.5,
    borderColor: DEMO_RED,
    backgroundColor: "#fef2f2",
    paddingVertical: 7,
    paddingHorizontal: 9,
    marginBottom: 12,
  },
  demoNoticeLabel: { fontFamily: "Helvetica-Bold", color: DEMO_RED, fontSize: 11, lineHeight: 1.3, marginBottom: 2 },
  demoNoticeText: { fontSize: 9, lineHeight: 1.4 },
  step: { flexDirection: "row", marginBottom: 4 },
  stepNumber: { width: 14, fontFamily: "Helvetica-Bold", fontSize: 9, lineHeight: 1.4 },
  stepText: { flex: 1, fontSize: 9, lineHeight: 1.4 },
});

// The PDF report's sections, each from the shared outline.
import { Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { LineageFigure } from "../lineage-figure-layout";
import { layoutMeasurementChart } from "../measurement-chart-layout";
import type { FigureScale } from "../figure-slices";
import type { ReportOutline } from "../report-outline";
import { ACCENT, FAINT, MUTED, ROLE_COLOURS } from "../report-palette";
import { PdfLineageFigure } from "./pdf-lineage-figure";
import { PdfMeasurementChart } from "./pdf-measurement-chart";
import { PdfTable } from "./pdf-table";
import { pdfText } from "./pdf-text";
import { CONTENT_WIDTH, styles } from "./pdf-styles";

const P = ({ children, marginTop }: { children: ReactNode; marginTop?: number }) => <Text style={marginTop === undefined ? styles.paragraph : [styles.paragraph, { marginTop }]}>{children}</Text>;

export function TitleSection({ outline, subjectName }: { outline: ReportOutline; subjectName: string }) {
  return (
    <View style={styles.titleRule}>
      <Text style={styles.eyebrow}>PEDIGREE · PROVENANCE REPORT</Text>
      <Text style={styles.title}>{pdfText(subjectName)}</Text>
      <Text style={styles.scope}>{pdfText(outline.scopeLabel)}</Text>
      <View style={styles.fields}>
        {outline.titleBlock.map((field) => (
          <View key={field.label} style={styles.fieldRow}>
            <Text style={styles.fieldLabel}>{field.label}</Text>
            <Text style={[styles.fieldValue, field.mono ? styles.mono : {}]}>{pdfText(field.value)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export function SummarySection({ outline }: { outline: ReportOutline }) {
  const { summary } = outline;
  return (
    <View>
      <Text style={styles.h2}>1. Summary</Text>
      <P>{pdfText(summary.scope)}</P>
      {summary.subjects.map((subject) => (
        <View key={subject.modelId} style={styles.subject} wrap={false}>
          <Text style={[styles.h3, { marginTop: 0 }]}>{pdfText(subject.name)}</Text>
          {subject.paragraphs.map((paragraph, i) => (
            <P key={i}>{pdfText(paragraph)}</P>
          ))}
        </View>
      ))}
      {summary.rest ? <P marginTop={8}>{pdfText(summary.rest)}</P> : null}
      <Text style={styles.background}>{pdfText(summary.background)}</Text>
    </View>
  );
}

function Swatch({ children }: { children: ReactNode }) {
  return (
    <Svg width={18} height={10} viewBox="0 0 18 10" style={{ marginRight: 4 }}>
      {children}
    </Svg>
  );
}

export function LineageLegend({ outline }: { outline: ReportOutline }) {
  return (
    <View style={styles.legend}>
      {outline.lineage.roles.map(({ role, label }) => (
        <View key={role} style={styles.legendItem}>
          <Swatch>
            <Rect x={1} y={1} width={16} height={8} rx={role === "dataset" ? 4 : 2} ry={role === "dataset" ? 3 : 2} fill={ROLE_COLOURS[role].fill} stroke={ROLE_COLOURS[role].stroke} strokeWidth={1} />
          </Swatch>
          <Text>{label}</Text>
        </View>
      ))}
      {outline.lineage.highlightSubject ? (
        <View style={styles.legendItem}>
          <Swatch>
            <Rect x={1.2} y={1.2} width={15.6} height={7.6} rx={2} ry={2} fill="#ffffff" stroke={ACCENT} strokeWidth={2} />
          </Swatch>
          <Text>Report subject</Text>
        </View>
      ) : null}
      {outline.lineage.edgeKinds.map(({ kind, label }) => (
        <View key={kind} style={styles.legendItem}>
          <Swatch>
            <Line x1={0} y1={5} x2={13} y2={5} stroke={kind === "initialized_from" ? FAINT : MUTED} strokeWidth={1.2} strokeDasharray={kind === "initialized_from" ? "3 2" : undefined} />
            <Path d="M 18 5 L 13 2.4 L 13 7.6 Z" fill={kind === "initialized_from" ? FAINT : MUTED} />
          </Swatch>
          <Text>{label}</Text>
        </View>
      ))}
    </View>
  );
}

export function LineageSlice({ outline, figure, fit, slice }: { outline: ReportOutline; figure: LineageFigure; fit: FigureScale; slice: number }) {
  const last = slice === fit.slices.length - 1;
  const part = fit.slices.length > 1 ? ` (part ${slice + 1} of ${fit.slices.length})` : "";
  return (
    <View>
      <Text style={styles.h2}>{`2. Lineage${part}`}</Text>
      {figure.nodes.length === 0 ? <Text style={styles.empty}>No models or datasets to draw.</Text> : <PdfLineageFigure figure={figure} fit={fit} slice={slice} />}
      {last ? (
        <View>
          <LineageLegend outline={outline} />
          <Text style={styles.caption}>
            <Text style={styles.captionLead}>Figure 1. Lineage. </Text>
            {pdfText(outline.lineage.caption)}
          </Text>
        </View>
      ) : null}
    </View>
  );
}

export function RecordsSection({ outline }: { outline: ReportOutline }) {
  const { tables } = outline;
  return (
    <View>
      <Text style={styles.h2}>3. Models, datasets, generations and runs</Text>
      <PdfTable table={tables.models} title="Models" />
      <PdfTable table={tables.datasets} title="Datasets" />
      <PdfTable table={tables.generations} title="Generations (a teacher writing a dataset)" />
      <PdfTable table={tables.runs} title="Training runs" />
    </View>
  );
}

export function MeasurementsSection({ outline }: { outline: ReportOutline }) {
  return (
    <View>
      <Text style={styles.h2}>4. Measurements</Text>
      {outline.charts.length === 0 ? <Text style={styles.empty}>{pdfText(outline.tables.measurements.empty)}</Text> : null}
      {outline.charts.map((chart) => (
        <View key={chart.figureNumber} wrap={false} style={{ marginBottom: 12 }}>
          <Text style={styles.h3}>{pdfText(chart.title)}</Text>
          <PdfMeasurementChart layout={layoutMeasurementChart(chart.series, { width: CONTENT_WIDTH })} />
          <Text style={styles.caption}>
            <Text style={styles.captionLead}>{pdfText(`Figure ${chart.figureNumber}. ${chart.title}. `)}</Text>
            {pdfText(chart.caption)}
          </Text>
        </View>
      ))}
      {outline.tables.measurements.rows.length > 0 ? <PdfTable table={outline.tables.measurements} title="Every measurement" /> : null}
    </View>
  );
}

/** A small drawn arrow between path steps (Helvetica has no "→"). */
function StepArrow() {
  return (
    <Svg width={14} height={8} viewBox="0 0 14 8" style={{ marginHorizontal: 3 }}>
      <Line x1={1} y1={4} x2={9} y2={4} stroke={MUTED} strokeWidth={1.1} />
      <Path d="M 13 4 L 8.5 1.5 L 8.5 6.5 Z" fill={MUTED} />
    </Svg>
  );
}

export function ExposureSection({ outline }: { outline: ReportOutline }) {
  return (
    <View>
      <Text style={styles.h2}>5. Inherited exposure</Text>
      <P>
        A model inherits exposure to a trait when data from a model that carries it reached the model, through generation, filtering and training. High risk: the
        trait&apos;s source and the model share an initialisation, the condition under which Cloud et al. saw traits transfer. Lower risk: different base models.
      </P>
      {outline.exposures.length === 0 ? <Text style={styles.empty}>No inherited trait exposure is recorded for the models in this report.</Text> : null}
      {outline.exposures.map((item) => (
        <View key={`${item.modelId}:${item.trait}`} style={styles.exposure} wrap={false}>
          <Text style={[styles.h3, { marginTop: 0, marginBottom: 1 }]}>{pdfText(`${item.model}: ${item.trait}`)}</Text>
          <Text style={styles.status}>{pdfText(item.statusLabel)}</Text>
          {item.paths.map((path, i) => (
            <View key={i} style={{ marginTop: 3 }}>
              <View style={styles.pathRow}>
                <Text style={path.risk === "high" ? styles.riskHigh : styles.riskLower}>{path.riskLabel}</Text>
                {path.steps.map((step, s) => (
                  <View key={s} style={{ flexDirection: "row", alignItems: "center" }}>
                    {s > 0 ? <StepArrow /> : null}
                    <Text style={styles.pathStep}>{pdfText(step)}</Text>
                  </View>
                ))}
              </View>
              <Text style={styles.reason}>{pdfText(path.reason)}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

export function VerificationSection({ outline }: { outline: ReportOutline }) {
  const v = outline.verification;
  return (
    <View wrap={false} style={{ marginTop: 14 }}>
      <Text style={styles.h2}>6. Verification</Text>
      <P>
        This file is signed with the instance&apos;s Ed25519 key. The signature is written into the file&apos;s metadata (its Keywords) after the pages are
        drawn, so it cannot be printed here; it covers every byte of the file with the signature itself blanked, so any change to the file breaks it.
      </P>
      <View style={styles.fields}>
        {v.fields.map(({ label, value }) => (
          <View key={label} style={styles.fieldRow}>
            <Text style={styles.fieldLabel}>{label}</Text>
            <Text style={[styles.fieldValue, styles.mono]}>{pdfText(value)}</Text>
          </View>
        ))}
      </View>
      {v.steps.map((step, i) => (
        <View key={i} style={styles.step}>
          <Text style={styles.stepNumber}>{`${i + 1}.`}</Text>
          <Text style={styles.stepText}>{pdfText(step)}</Text>
        </View>
      ))}
    </View>
  );
}

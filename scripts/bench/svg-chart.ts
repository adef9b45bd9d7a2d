import { escapeXml } from "../../lib/oai/xml";

// A small hand-written SVG line chart for the scale curve: one or more panels
// side by side, each with its own y axis, sharing a logarithmic x axis of sizes.

export type Series = { label: string; values: number[]; color: string; dashed?: boolean };
export type Panel = { title: string; unit: string; series: Series[] };

const PANEL_WIDTH = 400;
const HEIGHT = 300;
const MARGIN = { top: 36, right: 16, bottom: 84, left: 56 };

const round = (v: number) => Math.round(v * 10) / 10;
const formatSize = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** A "nice" upper bound for an axis: 1, 2 or 5 × 10^k at or above the largest value. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

function panelSvg(panel: Panel, sizes: number[], offsetX: number): string {
  const width = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const height = HEIGHT - MARGIN.top - MARGIN.bottom;
  const [low, high] = [Math.log(Math.min(...sizes)), Math.log(Math.max(...sizes))];
  const x = (size: number) => round(MARGIN.left + (high === low ? width / 2 : ((Math.log(size) - low) / (high - low)) * width));
  const finite = panel.series.flatMap((s) => s.values.filter(Number.isFinite));
  const top = niceMax(Math.max(0, ...finite));
  const y = (v: number) => round(MARGIN.top + height - (v / top) * height);
  const parts: string[] = [`<g transform="translate(${offsetX},0)">`];
  parts.push(`<text x="${MARGIN.left}" y="20" font-weight="bold">${escapeXml(panel.title)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + width}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end">${round(v)}</text>`);
  }
  parts.push(`<text x="12" y="${MARGIN.top + height / 2}" transform="rotate(-90 12 ${MARGIN.top + height / 2})" text-anchor="middle">${escapeXml(panel.unit)}</text>`);
  for (const size of sizes) {
    parts.push(`<text x="${x(size)}" y="${MARGIN.top + height + 16}" text-anchor="middle">${formatSize(size)}</text>`);
  }
  parts.push(`<text x="${MARGIN.left + width / 2}" y="${MARGIN.top + height + 32}" text-anchor="middle">entries (log scale)</text>`);
  panel.series.forEach((series, index) => {
    const points = sizes.flatMap((size, i) => (Number.isFinite(series.values[i]) ? [[x(size), y(series.values[i]!)] as const] : []));
    const dash = series.dashed ? ` stroke-dasharray="5 4"` : "";
    if (points.length > 1) {
      parts.push(`<polyline fill="none" stroke="${series.color}" stroke-width="2"${dash} points="${points.map((p) => p.join(",")).join(" ")}"/>`);
    }
    for (const [px, py] of points) parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${series.color}"/>`);
    const legendY = MARGIN.top + height + 48 + Math.floor(index / 2) * 16;
    const legendX = MARGIN.left + (index % 2) * (width / 2);
    parts.push(`<line x1="${legendX}" x2="${legendX + 18}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${series.color}" stroke-width="2"${dash}/>`);
    parts.push(`<text x="${legendX + 24}" y="${legendY}">${escapeXml(series.label)}</text>`);
  });
  parts.push("</g>");
  return parts.join("\n");
}

/** The whole chart as a standalone SVG document; one <circle> per finite value. */
export function lineChartSvg(title: string, sizes: number[], panels: Panel[]): string {
  if (sizes.length === 0) throw new Error("A chart needs at least one size.");
  const width = PANEL_WIDTH * panels.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT + 20}" viewBox="0 0 ${width} ${HEIGHT + 20}" ` +
      `font-family="sans-serif" font-size="12" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...panels.map((panel, i) => panelSvg(panel, sizes, i * PANEL_WIDTH)),
    "</svg>",
    "",
  ].join("\n");
}

// Pure: the report's bar chart of mission completion, as plain SVG geometry (no chart library: the console's chunk
// stays small, and the bars print crisply on A4).

export interface BarInput<Id extends string = string> {
  id: Id;
  doneCount: number;
  total: number;
}

export interface Bar<Id extends string = string> extends BarInput<Id> {
  /** Top of the bar's row. */
  y: number;
  /** Bar length in the chart's units; 0 when nobody has done it (or nobody joined). */
  length: number;
  /** Whole percent, for the label. */
  percent: number;
}

export interface ChartLayout<Id extends string = string> {
  bars: Bar<Id>[];
  height: number;
}

/** One horizontal bar per mission, `row` units apart, `plot` units long at 100 %. */
export function missionBars<Id extends string>(missions: readonly BarInput<Id>[], plot: number, row = 28): ChartLayout<Id> {
  const bars = missions.map((mission, index) => {
    const ratio = mission.total > 0 ? Math.min(1, Math.max(0, mission.doneCount / mission.total)) : 0;
    return { ...mission, y: index * row, length: Math.round(ratio * plot * 10) / 10, percent: Math.round(ratio * 100) };
  });
  return { bars, height: missions.length * row };
}

import type { Chart } from 'chart.js';

export interface BarSeries {
  label: string;
  data: number[];
  color: string;
}

export interface BarChartSpec {
  labels: string[];
  series: BarSeries[];
  /** Bars run left to right (one row per label), as for peers by name. */
  horizontal: boolean;
}

/**
 * Draws stacked bars on `canvas` with only the parts of Chart.js a bar chart needs, loaded on first
 * use so that no other page pays for them (ADR 0054).
 */
export async function drawBarChart(canvas: HTMLCanvasElement, spec: BarChartSpec): Promise<Chart<'bar'>> {
  const { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
  const valueAxis = { stacked: true, beginAtZero: true, ticks: { precision: 0, color: '#1b1b1f' } };
  const labelAxis = { stacked: true, ticks: { color: '#1b1b1f', autoSkip: false } };
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.data,
        backgroundColor: series.color,
        borderColor: '#1b1b1f',
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: { legend: { position: 'bottom', labels: { color: '#1b1b1f' } } },
    },
  });
}

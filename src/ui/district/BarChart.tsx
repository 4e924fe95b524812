// A bar chart drawn by uPlot (small, maintained, canvas): loaded lazily with the district mode.
// The figures are also given as a visually hidden table, so the chart is never the only way in.
import { For, onCleanup } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function BarChart(props: {
  title: string;
  labels: readonly string[];
  values: readonly number[];
  unit: string;
}) {
  let host: HTMLDivElement | undefined;
  let chart: uPlot | undefined;
  // Drawn in a task of its own: the chart module's first evaluation and two charts in the task that
  // shows the summary made it longer than 50 ms for a batch of a thousand returns (profiled).
  const timer = setTimeout(draw, 0);
  onCleanup(() => {
    clearTimeout(timer);
    chart?.destroy();
  });
  function draw() {
    if (!host) return;
    const xs = props.labels.map((_, i) => i);
    const bars = uPlot.paths.bars?.({ size: [0.6, 60] });
    chart = new uPlot(
      {
        width: Math.max(320, Math.min(900, 60 * props.labels.length + 120)),
        height: 240,
        legend: { show: false },
        scales: { x: { time: false, range: [-0.6, props.labels.length - 0.4] } },
        axes: [
          {
            values: (_u, ticks) => ticks.map((i) => props.labels[i] ?? ''),
            space: 20,
            rotate: -30,
            size: 70,
          },
          { label: props.unit },
        ],
        series: [
          {},
          {
            label: props.title,
            fill: '#1a56b8',
            stroke: '#1a56b8',
            points: { show: false },
            ...(bars && { paths: bars }),
          },
        ],
      },
      [xs, [...props.values]],
      host,
    );
  }
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div ref={host} aria-hidden="true" />
      <table class="sr-only">
        <caption>{props.title}</caption>
        <tbody>
          <For each={props.labels}>
            {(label, i) => (
              <tr>
                <th scope="row">{label}</th>
                <td>{`${props.values[i()] ?? 0} ${props.unit}`}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </figure>
  );
}

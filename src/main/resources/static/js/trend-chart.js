// Draws the overview's trend chart from the data attributes of #trend-chart (no inline script: the CSP forbids it).
(function () {
  function draw() {
    const el = document.getElementById('trend-chart');
    if (!el || !window.echarts) return;
    const split = s => (s || '').split('|');
    const labels = split(el.dataset.labels);
    const averages = split(el.dataset.averages).map(Number);
    const counts = split(el.dataset.counts).map(Number);
    const comma = el.dataset.comma === 'true';
    const fmt = v => comma ? String(v).replace('.', ',') : String(v);
    const names = [el.dataset.averageName, el.dataset.countName];
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: v => fmt(v) },
      legend: { data: names, top: 0 },
      grid: { left: 40, right: 40, top: 35, bottom: 60 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 45, fontSize: 10 } },
      yAxis: [{ type: 'value', min: 10, max: 19, axisLabel: { formatter: v => fmt(v) } },
              { type: 'value', min: 0, splitLine: { show: false } }],
      series: [
        { name: names[1], type: 'bar', yAxisIndex: 1, data: counts, itemStyle: { color: '#9ec5fe' } },
        { name: names[0], type: 'line', yAxisIndex: 0, data: averages, itemStyle: { color: '#198754' } }
      ]
    });
    window.addEventListener('resize', () => chart.resize());
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();

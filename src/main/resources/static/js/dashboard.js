// Indicators dashboard: draws the on-time rate charts from the data the page embeds (the JSON of #chart-data).
// Every number, tooltip and link is written by the server; a click on a bar follows that bar's link to the dossiers
// behind it. The same numbers and links are in the table under each chart; without JavaScript the tables stay.
(function () {
  'use strict';
  var LINE = 24;
  function lines(name) {
    var out = [], line = '';
    String(name).split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > LINE) { out.push(line); line = word; } else { line = line ? line + ' ' + word : word; }
    });
    if (line) { out.push(line); }
    return out;
  }
  var data = document.getElementById('chart-data');
  var charts = data ? JSON.parse(data.textContent) : null;
  window.motcuaCharts = charts;
  // The page's language writes the axis numbers (98,5 in Vietnamese); the labels and tips come written.
  var locale = (data && data.getAttribute('data-locale')) || 'vi-VN';
  if (typeof Chart === 'undefined' || !charts) { return; }
  Object.keys(charts).forEach(function (key) {
    var c = charts[key];
    var canvas = document.getElementById(c.id);
    if (!canvas) { return; }
    var byMonth = key === 'month';
    var axis = { min: 0, max: 100 };
    // A long department or procedure name is written on several lines, never cut: the axis keeps the whole name,
    // and the chart grows with its bars so that no line of one bar runs into the next.
    var names = { ticks: { autoSkip: false, callback: function (value) { return lines(this.getLabelForValue(value)); } } };
    if (!byMonth) {
      var rows = c.labels.reduce(function (n, label) { return n + lines(label).length; }, 0);
      canvas.parentNode.style.height = Math.max(240, rows * 16 + c.labels.length * 10 + 40) + 'px';
    }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: c.labels, datasets: [{ label: '%', data: c.values, backgroundColor: '#0b4f9c' }] },
      // Departments and procedures have long names: horizontal bars keep them legible.
      options: {
        animation: false, maintainAspectRatio: false, indexAxis: byMonth ? 'x' : 'y', locale: locale,
        // The whole band of a group is clickable, so a group with a low (or no) rate is as easy to hit as any other.
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: false },
                   tooltip: { callbacks: { label: function (item) { return c.tips[item.dataIndex]; } } } },
        scales: byMonth ? { x: { ticks: { autoSkip: false } }, y: axis } : { x: axis, y: names },
        onHover: function (event, active) { event.native.target.style.cursor = active.length ? 'pointer' : 'default'; },
        onClick: function (event, active) { if (active.length) { window.location.href = c.links[active[0].index]; } }
      }
    });
  });
}());

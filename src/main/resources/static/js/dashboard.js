// Indicators dashboard: draws the on-time rate charts from the data the page embeds (the JSON of #chart-data).
// Every number, tooltip and link is written by the server; a click on a bar follows that bar's link to the dossiers
// behind it. The same numbers and links are in the table under each chart; without JavaScript the tables stay.
(function () {
  'use strict';
  var data = document.getElementById('chart-data');
  var charts = data ? JSON.parse(data.textContent) : null;
  window.motcuaCharts = charts;
  if (typeof Chart === 'undefined' || !charts) { return; }
  Object.keys(charts).forEach(function (key) {
    var c = charts[key];
    var canvas = document.getElementById(c.id);
    if (!canvas) { return; }
    var byMonth = key === 'month';
    var axis = { min: 0, max: 100 };
    // A long procedure name is cut on the axis, so that the bars keep their room on a tablet; the tooltip and the
    // table under the chart give it whole.
    var names = { ticks: { callback: function (value) {
      var name = this.getLabelForValue(value);
      return name.length > 22 ? name.slice(0, 21) + '…' : name;
    } } };
    new Chart(canvas, {
      type: 'bar',
      data: { labels: c.labels, datasets: [{ label: '%', data: c.values, backgroundColor: '#0b4f9c' }] },
      // Departments and procedures have long names: horizontal bars keep them legible.
      options: {
        animation: false, maintainAspectRatio: false, indexAxis: byMonth ? 'x' : 'y',
        // The whole band of a group is clickable, so a group with a low (or no) rate is as easy to hit as any other.
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: false },
                   tooltip: { callbacks: { label: function (item) { return c.tips[item.dataIndex]; } } } },
        scales: byMonth ? { y: axis } : { x: axis, y: names },
        onHover: function (event, active) { event.native.target.style.cursor = active.length ? 'pointer' : 'default'; },
        onClick: function (event, active) { if (active.length) { window.location.href = c.links[active[0].index]; } }
      }
    });
  });
}());

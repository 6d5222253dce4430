// Indicators dashboard: draws the on-time rate charts from the data the page embeds (window.motcuaCharts).
// The same numbers are in the table under each chart; without JavaScript the tables stay.
(function () {
  'use strict';
  if (typeof Chart === 'undefined' || !window.motcuaCharts) { return; }
  Object.keys(window.motcuaCharts).forEach(function (key) {
    var c = window.motcuaCharts[key];
    var canvas = document.getElementById(c.id);
    if (!canvas) { return; }
    var byMonth = key === 'month';
    var axis = { min: 0, max: 100 };
    new Chart(canvas, {
      type: byMonth ? 'line' : 'bar',
      data: { labels: c.labels, datasets: [{ label: '%', data: c.values, backgroundColor: '#0b4f9c', borderColor: '#0b4f9c' }] },
      // Departments and procedures have long names: horizontal bars keep them legible.
      options: { animation: false, maintainAspectRatio: false, indexAxis: byMonth ? 'x' : 'y',
                 plugins: { legend: { display: false } }, scales: byMonth ? { y: axis } : { x: axis } }
    });
  });
}());

// Draws every <canvas data-chart="KIND" data-source="ID"> from the JSON in <script id="ID">.
// Charts are kept in window.marketPilotCharts so tests and later pages can reach them.
(function () {
  window.marketPilotCharts = {};

  function revenueChart(canvas, rows) {
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.month; }),
        datasets: [
          { label: 'Net revenue', data: rows.map(function (r) { return Math.round(r.revenue * 100) / 100; }),
            backgroundColor: '#2f6fed', yAxisID: 'y' },
          { label: 'Orders', data: rows.map(function (r) { return r.orders; }), type: 'line',
            borderColor: '#e8590c', backgroundColor: '#e8590c', yAxisID: 'y1' }
        ]
      },
      options: {
        animation: false,
        responsive: true,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'Revenue' } },
          y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Orders' } }
        }
      }
    });
  }

  function sentimentChart(canvas, rows) {
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.month; }),
        datasets: [
          { label: 'Positive', data: rows.map(function (r) { return r.positive; }), backgroundColor: '#12b76a', stack: 'n', yAxisID: 'y' },
          { label: 'Neutral', data: rows.map(function (r) { return r.neutral; }), backgroundColor: '#98a2b3', stack: 'n', yAxisID: 'y' },
          { label: 'Negative', data: rows.map(function (r) { return r.negative; }), backgroundColor: '#f04438', stack: 'n', yAxisID: 'y' },
          { label: 'Mean score', data: rows.map(function (r) { return Math.round(r.meanScore * 1000) / 1000; }), type: 'line',
            borderColor: '#2f6fed', backgroundColor: '#2f6fed', yAxisID: 'y1' }
        ]
      },
      options: {
        animation: false,
        responsive: true,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Reviews' } },
          y1: { min: -1, max: 1, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'Mean score' } }
        }
      }
    });
  }

  var builders = { revenue: revenueChart, sentiment: sentimentChart };

  function draw() {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var source = document.getElementById(canvas.dataset.source);
      if (!source) { return; }
      var rows = JSON.parse(source.textContent);
      window.marketPilotCharts[canvas.id] = builders[canvas.dataset.chart](canvas, rows);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

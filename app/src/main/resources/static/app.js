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

  function forecastChart(canvas, series) {
    var history = series.history.slice(-52);
    var labels = history.map(function (h) { return h.week; }).concat(series.forecast.map(function (p) { return p.weekStart; }));
    var pad = function (values) { return history.map(function () { return null; }).concat(values); };
    var round = function (v) { return Math.round(v * 100) / 100; };
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: [
          { label: 'Actual', data: history.map(function (h) { return round(h.actual); }), borderColor: '#1d2430', pointRadius: 0 },
          { label: '95 % high', data: pad(series.forecast.map(function (p) { return round(p.hi95); })), borderColor: 'transparent', pointRadius: 0, fill: false },
          { label: '95 % interval', data: pad(series.forecast.map(function (p) { return round(p.lo95); })), borderColor: 'transparent',
            backgroundColor: 'rgba(47,111,237,0.12)', pointRadius: 0, fill: '-1' },
          { label: '80 % high', data: pad(series.forecast.map(function (p) { return round(p.hi80); })), borderColor: 'transparent', pointRadius: 0, fill: false },
          { label: '80 % interval', data: pad(series.forecast.map(function (p) { return round(p.lo80); })), borderColor: 'transparent',
            backgroundColor: 'rgba(47,111,237,0.25)', pointRadius: 0, fill: '-1' },
          { label: 'Forecast', data: pad(series.forecast.map(function (p) { return round(p.mean); })), borderColor: '#2f6fed', borderDash: [6, 4], pointRadius: 2 }
        ]
      },
      options: {
        animation: false,
        responsive: true,
        plugins: { legend: { labels: { filter: function (item) { return item.text.indexOf('high') < 0; } } } },
        scales: { y: { beginAtZero: true, title: { display: true, text: 'Net revenue per week' } } }
      }
    });
  }

  var palette = ['#2f6fed', '#12b76a', '#f79009', '#f04438', '#7a5af8', '#0ba5ec', '#ee46bc', '#667085', '#86cb3c', '#b54708'];

  function segmentMapChart(canvas, points) {
    var bySegment = {};
    points.forEach(function (p) { (bySegment[p.segment] = bySegment[p.segment] || []).push({ x: p.x, y: p.y }); });
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: Object.keys(bySegment).map(function (s) {
        return { label: 'Segment ' + s, data: bySegment[s], pointRadius: 2, backgroundColor: palette[s % palette.length] };
      }) },
      options: { animation: false, responsive: true, scales: { x: { title: { display: true, text: 'PC 1' } }, y: { title: { display: true, text: 'PC 2' } } } }
    });
  }

  function segmentSizesChart(canvas, segments) {
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: segments.map(function (s) { return s.name; }),
        datasets: [
          { label: 'Share of customers', data: segments.map(function (s) { return Math.round(s.share * 1000) / 10; }), backgroundColor: '#98a2b3' },
          { label: 'Share of revenue', data: segments.map(function (s) { return Math.round(s.revenueShare * 1000) / 10; }), backgroundColor: '#2f6fed' }
        ]
      },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, title: { display: true, text: '%' } } } }
    });
  }

  function segmentProfileChart(canvas, segments) {
    var features = ['recency_days', 'frequency', 'monetary', 'tenure_days', 'cadence_days', 'return_rate']
      .filter(function (f) { return segments.length && segments[0].centroid && f in segments[0].centroid; });
    var total = segments.reduce(function (n, s) { return n + s.size; }, 0);
    var average = {};
    features.forEach(function (f) {
      average[f] = segments.reduce(function (sum, s) { return sum + s.centroid[f] * s.size; }, 0) / total;
    });
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: features,
        datasets: segments.map(function (s) {
          return { label: s.name, backgroundColor: palette[s.segment % palette.length],
            data: features.map(function (f) { return average[f] ? Math.round(100 * s.centroid[f] / average[f]) : 0; }) };
        })
      },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, title: { display: true, text: 'index (average = 100)' } } } }
    });
  }

  var builders = { segmentProfile: segmentProfileChart, revenue: revenueChart, sentiment: sentimentChart, forecast: forecastChart,
    segmentMap: segmentMapChart, segmentSizes: segmentSizesChart };

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

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

  function emotionChart(canvas, rows) {
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{ label: 'Reviews', data: rows.map(function (r) { return r.reviews; }), backgroundColor: '#7a5af8' }]
      },
      options: { animation: false, responsive: true, plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, title: { display: true, text: 'Reviews' } } } }
    });
  }

  function aspectChart(canvas, aspects) {
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: aspects.map(function (a) { return a.text + ' (' + a.language + ', ' + a.reviews + ')'; }),
        datasets: [{ label: 'Mean sentiment', data: aspects.map(function (a) { return Math.round(a.meanSentiment * 1000) / 1000; }),
          backgroundColor: aspects.map(function (a) { return a.meanSentiment >= 0 ? '#12b76a' : '#f04438'; }) }]
      },
      options: { animation: false, responsive: true, indexAxis: 'y', plugins: { legend: { display: false } },
        scales: { x: { min: -1, max: 1, title: { display: true, text: 'Mean clause sentiment' } } } }
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

  // Experiments: the report JSON of /api/v1/experiments/{id}/report drives all three charts.
  var variantColours = ['#98a2b3', '#2f6fed', '#12b76a', '#f79009', '#7a5af8', '#f04438'];
  function experimentScale(report) { return report.experiment.metric === 'revenue_per_user' ? 1 : 100; }
  function roundTo(v, digits) { return v === null || v === undefined ? null : Math.round(v * digits) / digits; }

  function experimentCumulativeChart(canvas, report) {
    var scale = experimentScale(report);
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: report.days.map(function (d) { return d.day; }),
        datasets: report.arms.map(function (a, i) {
          return { label: a.variant, borderColor: variantColours[i % variantColours.length], pointRadius: 0,
            data: report.days.map(function (d) { return roundTo(d.means[i] === null ? null : d.means[i] * scale, 1000); }) };
        })
      },
      options: { animation: false, responsive: true,
        scales: { y: { title: { display: true, text: scale === 100 ? 'cumulative rate, %' : 'cumulative value per user' } } } }
    });
  }

  function experimentSequentialChart(canvas, report) {
    var scale = experimentScale(report);
    var labels = report.days.map(function (d) { return d.day; });
    var effect = report.experiment.expected_effect * scale;
    var datasets = [];
    report.comparisons.forEach(function (c, j) {
      var colour = variantColours[(j + 1) % variantColours.length];
      var pick = function (key) { return report.days.map(function (d) { return roundTo(d[key][j] === null ? null : d[key][j] * scale, 10000); }); };
      datasets.push({ label: c.variant + ' sequence high', data: pick('sequenceHigh'), borderColor: 'transparent', pointRadius: 0, fill: false });
      datasets.push({ label: c.variant + ' confidence sequence', data: pick('sequenceLow'), borderColor: 'transparent', pointRadius: 0,
        fill: '-1', backgroundColor: colour + '33' });
      datasets.push({ label: c.variant + ' − control', data: pick('estimates'), borderColor: colour, pointRadius: 0 });
    });
    datasets.push({ label: 'no difference', data: labels.map(function () { return 0; }), borderColor: '#1d2430', borderWidth: 1, pointRadius: 0 });
    datasets.push({ label: '± effect worth having', data: labels.map(function () { return effect; }), borderColor: '#98a2b3', borderDash: [5, 4], pointRadius: 0 });
    datasets.push({ label: '− effect', data: labels.map(function () { return -effect; }), borderColor: '#98a2b3', borderDash: [5, 4], pointRadius: 0 });
    return new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: { animation: false, responsive: true,
        plugins: { legend: { labels: { filter: function (item) { return item.text.indexOf('high') < 0 && item.text !== '− effect'; } } } },
        scales: { y: { suggestedMin: -3 * effect, suggestedMax: 3 * effect,
          title: { display: true, text: scale === 100 ? 'difference, points' : 'difference per user' } } } }
    });
  }

  function experimentPosteriorChart(canvas, report) {
    var scale = experimentScale(report);
    if (!report.posteriors.length) { return null; }
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: report.posteriors[0].x.map(function (x) { return roundTo(x * scale, 1000); }),
        datasets: report.posteriors.map(function (p, i) {
          return { label: p.variant, data: p.density, borderColor: variantColours[i % variantColours.length], pointRadius: 0, fill: false };
        })
      },
      options: { animation: false, responsive: true,
        scales: { x: { title: { display: true, text: scale === 100 ? 'rate, %' : 'value per user' }, ticks: { maxTicksLimit: 12 } },
          y: { title: { display: true, text: 'posterior density' } } } }
    });
  }

  var builders = { emotions: emotionChart, aspects: aspectChart, segmentProfile: segmentProfileChart, revenue: revenueChart, sentiment: sentimentChart, forecast: forecastChart,
    segmentMap: segmentMapChart, segmentSizes: segmentSizesChart, experimentCumulative: experimentCumulativeChart,
    experimentSequential: experimentSequentialChart, experimentPosterior: experimentPosteriorChart };

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

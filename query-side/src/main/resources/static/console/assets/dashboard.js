// The dashboard: draws each metric's chart (Apache ECharts) from the data the page carries in data-chart, opens the
// cases behind a bar when it is clicked (the table beside each chart has the same links for the keyboard and screen
// readers), and keeps the figures live: the stream sends a digest of the figures, and when it differs from the one
// shown, htmx reloads them and the charts are drawn again.
(function () {
  'use strict';
  var charts = [];

  function draw() {
    charts.forEach(function (chart) { chart.dispose(); });
    charts = [];
    if (!window.echarts) {
      return; // the tables still carry every figure
    }
    var nodes = document.querySelectorAll('.chart[data-chart]');
    Array.prototype.forEach.call(nodes, function (node) {
      var data;
      try {
        data = JSON.parse(node.getAttribute('data-chart'));
      } catch (unreadable) {
        return;
      }
      var chart = echarts.init(node, null, { renderer: 'canvas' });
      var series = data.series.map(function (line, index) {
        var drawn = { name: line.name, type: 'bar', data: line.data, cursor: 'pointer' };
        if (index === 0 && data.target !== null && data.target !== undefined) {
          drawn.markLine = {
            symbol: 'none', silent: true,
            label: { formatter: data.targetLabel + ' ' + data.target + ' %' },
            lineStyle: { color: '#8a1014', type: 'dashed' },
            data: [{ yAxis: data.target }]
          };
        }
        return drawn;
      });
      chart.setOption({
        animation: false,
        // the tooltip drawn on the canvas, not as HTML: the content security policy allows no inline style
        tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: percent },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: data.periods },
        yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value} %' } },
        series: series
      });
      chart.on('click', function (clicked) {
        var line = data.series[clicked.seriesIndex];
        var link = line && line.links[clicked.dataIndex];
        if (link) {
          window.location.assign(link);
        }
      });
      charts.push(chart);
    });
    document.body.setAttribute('data-charts', String(charts.length)); // for the tests: drawn
  }

  function percent(value) {
    return value === null || value === undefined ? '—' : value.toFixed(1) + ' %';
  }

  function shownVersion(figures) {
    var version = figures.querySelector('[data-version]');
    return version ? version.getAttribute('data-version') : null;
  }

  function listen() {
    var figures = document.getElementById('figures');
    if (!figures || !window.EventSource || !window.htmx) {
      return;
    }
    var announce = document.getElementById('dashboard-announce');
    var source = new EventSource(figures.getAttribute('data-stream'));
    source.addEventListener('figures', function (event) {
      figures.setAttribute('data-live', 'ready'); // for the tests: changes are told from now on
      if (event.data !== shownVersion(figures)) {
        htmx.trigger(figures, 'dashboard-changed');
      }
    });
    figures.addEventListener('htmx:afterSwap', function () {
      draw();
      if (announce) {
        announce.textContent = announce.getAttribute('data-text');
      }
    });
    window.addEventListener('pagehide', function () { source.close(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw();
    listen();
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  });
}());

// Draws the balance page's charts from the JSON the server embeds, and again after each htmx swap; the series are
// named in the page's language by the chart's data attributes.
(function () {
  var charts = [];

  function csrf(event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  }

  function draw() {
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
    // Charts whose whole ECharts option the server writes (attainment, projection).
    document.querySelectorAll('[data-echarts]').forEach(function (el) {
      if (!window.echarts) { return; }
      var c = echarts.init(el);
      c.setOption(JSON.parse(el.getAttribute('data-echarts')));
      charts.push(c);
    });
    window.bilateralCharts = charts;
    var data = document.getElementById('chart-data');
    if (!data || !window.echarts) { return; }
    var d = JSON.parse(data.textContent || '{}');
    var money = function (v) { return v == null ? '' : v.toLocaleString(undefined, {maximumFractionDigits: 2}); };
    var balance = document.getElementById('chart-balance');
    if (balance && d.periods) {
      var chart = echarts.init(balance);
      chart.setOption({
        tooltip: {trigger: 'axis', valueFormatter: money}, legend: {top: 0},
        grid: {left: 50, right: 20, top: 40, bottom: 30},
        xAxis: {type: 'category', data: d.periods}, yAxis: {type: 'value'},
        series: [
          {name: balance.dataset.exports, type: 'bar', data: d.exports, itemStyle: {color: '#2e7d32'}},
          {name: balance.dataset.imports, type: 'bar', data: d.imports, itemStyle: {color: '#1f4e79'}},
          {name: balance.dataset.balance, type: 'line', data: d.balance, itemStyle: {color: '#b3261e'}}
        ]
      });
      charts.push(chart);
    }
    var sectors = document.getElementById('chart-sectors');
    if (sectors && d.sectors) {
      var s = echarts.init(sectors);
      s.setOption({
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: money}, legend: {top: 0},
        grid: {left: 200, right: 20, top: 30, bottom: 20},
        xAxis: {type: 'value'}, yAxis: {type: 'category', data: d.sectors.slice().reverse(), axisLabel: {width: 190, overflow: 'truncate'}},
        series: [
          {name: sectors.dataset.exports, type: 'bar', data: d.sectorExports.slice().reverse(), itemStyle: {color: '#2e7d32'}},
          {name: sectors.dataset.imports, type: 'bar', data: d.sectorImports.slice().reverse(), itemStyle: {color: '#1f4e79'}}
        ]
      });
      charts.push(s);
    }
    var mirror = document.getElementById('chart-mirror');
    if (mirror && d.mirrorDirections && d.mirrorDirections.length) {
      var m = echarts.init(mirror);
      m.setOption({
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: money}, legend: {top: 0},
        grid: {left: 50, right: 20, top: 40, bottom: 30},
        xAxis: {type: 'category', data: d.mirrorDirections}, yAxis: {type: 'value'},
        series: [
          {name: mirror.dataset.exporter, type: 'bar', stack: 'importer', data: d.exporterReports, itemStyle: {color: '#90a4ae'}},
          {name: mirror.dataset.timing, type: 'bar', stack: 'importer', data: d.timing, itemStyle: {color: '#7e57c2'}},
          {name: mirror.dataset.cifFob, type: 'bar', stack: 'importer', data: d.cifFob, itemStyle: {color: '#f9a825'}},
          {name: mirror.dataset.residual, type: 'bar', stack: 'importer', data: d.residual, itemStyle: {color: '#b3261e'}},
          {name: mirror.dataset.importer, type: 'bar', data: d.importerReports, itemStyle: {color: '#1f4e79'}}
        ]
      });
      charts.push(m);
    }
    window.bilateralCharts = charts;
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:configRequest', csrf);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();

// Pointing at a proposal lights up the sentence it was read from.
document.addEventListener('mouseover', function (e) {
  var card = e.target.closest && e.target.closest('.proposal[data-evidence]');
  document.querySelectorAll('.source-text mark.focus').forEach(function (m) { m.classList.remove('focus'); });
  if (card) {
    document.querySelectorAll('.source-text mark.' + card.dataset.evidence).forEach(function (m) { m.classList.add('focus'); });
  }
});

// "Back" on a refusal returns to the page before it; a script, not an inline javascript: link, which the
// Content-Security-Policy refuses.
document.addEventListener('click', function (event) {
  var back = event.target.closest && event.target.closest('a[data-back]');
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

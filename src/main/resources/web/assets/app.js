// Draws every table marked data-chart as a Chart.js chart above it. The table stays on the page as the chart's
// text alternative and is its only data source (data-value holds each cell's exact figure).
(function () {
  'use strict';
  // Okabe-Ito: told apart with the common colour vision deficiencies
  var COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
  var reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function value(cell, percent) {
    var text = cell.getAttribute('data-value');
    if (text === null || text === '') {
      return null;
    }
    return percent ? Number(text) * 100 : Number(text);
  }

  function read(table, percent) {
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (r) {
      return {
        label: r.cells[0].textContent.trim(),
        values: Array.prototype.slice.call(r.cells, 1).map(function (c) { return value(c, percent); })
      };
    });
    var wanted = table.getAttribute('data-series');
    var series = wanted ? wanted.split(',').map(Number) : headers.slice(1).map(function (h, i) { return i; });
    return { headers: headers.slice(1), rows: rows, series: series };
  }

  function colour(i) {
    return COLOURS[i % COLOURS.length];
  }

  // calibration: one series per row label, x and y the first two value columns, and the diagonal
  function scatter(data, percent) {
    var groups = {};
    data.rows.forEach(function (r) {
      (groups[r.label] = groups[r.label] || []).push({ x: r.values[0], y: r.values[1] });
    });
    var datasets = Object.keys(groups).map(function (label, i) {
      return { label: label, data: groups[label], showLine: true, borderColor: colour(i), backgroundColor: colour(i) };
    });
    var top = percent ? 100 : 1;
    datasets.push({ label: 'Perfectly calibrated', data: [{ x: 0, y: 0 }, { x: top, y: top }], showLine: true,
      borderDash: [6, 4], borderColor: '#595959', backgroundColor: '#595959', pointRadius: 0 });
    return {
      type: 'scatter',
      data: { datasets: datasets },
      options: { scales: { x: { min: 0, title: { display: true, text: data.headers[0] } },
        y: { min: 0, title: { display: true, text: data.headers[1] } } } }
    };
  }

  function series(kind, data) {
    return {
      type: kind === 'hbar' ? 'bar' : kind,
      data: {
        labels: data.rows.map(function (r) { return r.label; }),
        datasets: data.series.map(function (s, i) {
          return { label: data.headers[s], data: data.rows.map(function (r) { return r.values[s]; }),
            borderColor: colour(i), backgroundColor: colour(i), spanGaps: true };
        })
      },
      options: { indexAxis: kind === 'hbar' ? 'y' : 'x' }
    };
  }

  if (typeof Chart === 'undefined') {
    return; // the tables alone still say everything
  }
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#1a1a1a';
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    if (table.tBodies[0].rows.length === 0) {
      return;
    }
    var kind = table.getAttribute('data-chart');
    var percent = table.getAttribute('data-percent') === 'true';
    var data = read(table, percent);
    var config = kind === 'scatter' ? scatter(data, percent) : series(kind, data);
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    if (reduceMotion) {
      config.options.animation = false;
    }
    if (percent && kind !== 'scatter') {
      var axis = kind === 'hbar' ? 'x' : 'y';
      config.options.scales = {};
      config.options.scales[axis] = { ticks: { callback: function (v) { return v + '%'; } } };
    }
    var box = document.createElement('div');
    box.className = 'chart-box';
    if (kind === 'hbar') {
      box.style.height = (60 + 28 * data.rows.length) + 'px'; // CSSOM, which the CSP allows
    }
    var canvas = document.createElement('canvas');
    var caption = document.getElementById(table.id + '-caption');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Chart: ' + (caption ? caption.textContent : table.id)
      + '. The table below gives its figures.');
    box.appendChild(canvas);
    var scroller = table.closest('.table-scroll');
    scroller.parentNode.insertBefore(box, scroller);
    new Chart(canvas, config);
    table.setAttribute('data-charted', 'true');
  });
})();

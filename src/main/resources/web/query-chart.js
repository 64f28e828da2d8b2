// A chart of results that carry numbers: a bar chart of each number column by the first other column (its labels
// as the table shows them), or a line chart where that column holds dates or years. Apache ECharts, served by this
// server. A query whose text holds "#defaultView:BarChart" or "#defaultView:LineChart" (as on the Wikidata Query
// Service) opens in this view.
(function () {
  'use strict';
  var ng = window.normgraph;
  var XSD = 'http://www.w3.org/2001/XMLSchema#';
  var NUMBERS = ['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'byte', 'nonNegativeInteger',
    'positiveInteger', 'unsignedInt', 'unsignedLong'].map(function (t) { return XSD + t; });
  var DATES = [XSD + 'date', XSD + 'dateTime', XSD + 'gYear', XSD + 'gYearMonth'];
  /** More bars than this would be unreadable; the table shows them all. */
  var MOST_BARS = 300;

  function columns(results) {
    var variables = results.getVariables() || [];
    var rows = results.getBindings() || [];
    function all(v, types) {
      var seen = 0;
      for (var i = 0; i < rows.length; i++) {
        var b = rows[i][v];
        if (b) {
          if (types.indexOf(b.datatype) < 0) {
            return false;
          }
          seen++;
        }
      }
      return seen > 0;
    }
    var numbers = variables.filter(function (v) { return all(v, NUMBERS); });
    var category = variables.filter(function (v) { return numbers.indexOf(v) < 0; })[0];
    return { rows: rows, numbers: numbers, category: category,
      dates: category !== undefined && all(category, DATES) };
  }

  function Chart(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = 'Chart';
  }

  Chart.prototype.canHandleResults = function () {
    var results = this.yasr.results;
    if (!results || results.hasError() || !results.getBindings() || typeof echarts === 'undefined') {
      return false;
    }
    var c = columns(results);
    return c.numbers.length > 0 && c.category !== undefined && c.rows.length > 0 && c.rows.length <= MOST_BARS;
  };

  Chart.prototype.getIcon = function () {
    return ng.element('span', { 'class': 'plugin-icon', 'aria-hidden': 'true' }, '▤');
  };

  Chart.prototype.draw = function () {
    var self = this;
    var c = columns(this.yasr.results);
    var iris = c.rows.map(function (r) { return r[c.category]; })
      .filter(function (b) { return b && b.type === 'uri'; }).map(function (b) { return b.value; });
    return window.normgraphLabels.load(iris).catch(function () {
      // Without labels the bars are named by their IRIs.
    }).then(function () { self.render(c); });
  };

  Chart.prototype.render = function (c) {
    this.destroy();
    var names = c.rows.map(function (r) {
      var b = r[c.category];
      return !b ? '' : b.type === 'uri' ? window.normgraphLabels.text(b.value) : b.value;
    });
    var line = c.dates;
    var rowsShown = line ? 1 : c.rows.length;
    var box = ng.element('div', { id: 'chart', 'class': 'chart', role: 'img',
      'aria-label': 'Chart of ' + c.numbers.join(', ') + ' by ' + c.category });
    box.style.height = Math.max(320, Math.min(4000, 60 + rowsShown * 26 * Math.max(1, c.numbers.length / 2))) + 'px';
    this.yasr.resultsEl.appendChild(box);
    var chart = echarts.init(box, null, { renderer: 'svg' });
    var series = c.numbers.map(function (v) {
      return {
        name: v, type: line ? 'line' : 'bar', data: c.rows.map(function (r) {
          return r[v] ? Number(r[v].value) : null;
        }), label: { show: !line, position: 'right' }
      };
    });
    var categories = { type: 'category', data: names, inverse: !line,
      axisLabel: { width: 180, overflow: 'truncate', interval: 0 } };
    var values = { type: 'value', name: c.numbers.length === 1 ? c.numbers[0] : '', nameLocation: 'middle',
      nameGap: 28 };
    chart.setOption({
      animation: false,
      // Plain text tooltips: names from the data never become markup.
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { show: c.numbers.length > 1, top: 0 },
      grid: { left: 8, right: 48, top: c.numbers.length > 1 ? 32 : 24, bottom: 8, containLabel: true },
      xAxis: line ? categories : values,
      yAxis: line ? values : categories,
      series: series
    });
    this.chart = chart;
    window.normgraphChart = chart;
    var resize = function () { chart.resize(); };
    window.addEventListener('resize', resize);
    this.stopResizing = function () { window.removeEventListener('resize', resize); };
  };

  Chart.prototype.destroy = function () {
    if (this.chart) {
      this.stopResizing();
      this.chart.dispose();
      this.chart = null;
    }
  };

  Yasgui.Yasr.registerPlugin('chart', Chart);
})();

// A world map of results that carry States: each State of the first column of State IRIs shaded by the first count
// or sum that the query computes (or by how many rows name it), matched to the world outline by its UN M49 code (ng:m49Code,
// the ISO 3166 numeric code that world-atlas uses). Apache ECharts with the outline of world-atlas (Natural Earth,
// 1:110m) and topojson-client, all served by this server.
(function () {
  'use strict';
  var ng = window.normgraph;
  var STATE = ng.BASE + 'id/state/';
  var NUMBER = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;
  var context = document.body.dataset.context || '';
  var world = null;
  var codes = {};
  /** The codes of the countries that the outline draws. */
  var outlined = {};

  function stateColumn(results) {
    var rows = results.getBindings();
    if (!rows || results.getType() === 'ttl') {
      return null;
    }
    return (results.getVariables() || []).filter(function (v) {
      return rows.some(function (row) { return row[v] && row[v].type === 'uri' && row[v].value.indexOf(STATE) === 0; });
    })[0] || null;
  }

  /** The world outline, registered with ECharts once, its countries named by their ISO 3166 numeric code. */
  function loadWorld() {
    if (!world) {
      world = fetch(context + '/assets/vendor/world-atlas/countries-110m.json').then(function (response) {
        if (!response.ok) {
          throw new Error('the world outline could not be loaded (' + response.status + ')');
        }
        return response.json();
      }).then(function (topology) {
        var outline = topojson.feature(topology, topology.objects.countries);
        outline.features.forEach(function (f) {
          f.properties = { name: f.id === undefined ? f.properties.name : String(f.id) };
          outlined[f.properties.name] = true;
        });
        echarts.registerMap('world', outline);
      }).catch(function (error) {
        world = null;
        throw error;
      });
    }
    return world;
  }

  /** The M49 codes of these States, one batch of IRIs after the other. */
  function loadCodes(states) {
    var missing = states.filter(function (s) { return !(s in codes); });
    var batches = [];
    for (var i = 0; i < missing.length; i += 200) {
      batches.push(missing.slice(i, i + 200));
    }
    return batches.reduce(function (done, batch) {
      return done.then(function () {
        return ng.select('PREFIX ng: <' + ng.NG + '>\nSELECT ?state ?code WHERE { VALUES ?state { '
          + batch.map(function (s) { return '<' + s + '>'; }).join(' ') + ' } ?state ng:m49Code ?code }');
      }).then(function (rows) {
        batch.forEach(function (s) { codes[s] = codes[s] || null; });
        rows.forEach(function (row) { codes[row.state.value] = row.code.value; });
      });
    }, Promise.resolve());
  }

  function WorldMap(yasr) {
    this.yasr = yasr;
    this.priority = 3;
    this.label = 'Map';
  }

  WorldMap.prototype.canHandleResults = function () {
    var results = this.yasr.results;
    return !!results && !results.hasError() && typeof echarts !== 'undefined' && typeof topojson !== 'undefined'
      && stateColumn(results) !== null;
  };

  WorldMap.prototype.getIcon = function () {
    return ng.element('span', { 'class': 'plugin-icon', 'aria-hidden': 'true' }, '◍');
  };

  WorldMap.prototype.draw = function () {
    var self = this;
    var results = this.yasr.results;
    var column = stateColumn(results);
    var rows = results.getBindings();
    // Only a count or sum the query computes shades the map; other numbers (a line, an offset) are not measures.
    var aggregated = {};
    var query = window.normgraphYasgui ? window.normgraphYasgui.getTab().getYasqe().getValue() : '';
    var pattern = /(COUNT|SUM|AVG|MIN|MAX)\s*\([^)]*\)\s*AS\s+[?$](\w+)/gi;
    var match;
    while ((match = pattern.exec(query)) !== null) {
      aggregated[match[2]] = true;
    }
    var numbers = (results.getVariables() || []).filter(function (v) {
      return aggregated[v] && rows.some(function (row) { return row[v] && NUMBER.test(row[v].datatype || ''); });
    });
    var values = {};
    rows.forEach(function (row) {
      var b = row[column];
      if (b && b.type === 'uri' && b.value.indexOf(STATE) === 0) {
        var n = numbers.length > 0 && row[numbers[0]] ? Number(row[numbers[0]].value) : 1;
        values[b.value] = numbers.length > 0 ? Math.max(values[b.value] || 0, n) : (values[b.value] || 0) + n;
      }
    });
    var states = Object.keys(values);
    var box = ng.element('div', { id: 'world-map', 'class': 'world-map' });
    this.yasr.resultsEl.appendChild(box);
    return Promise.all([loadWorld(), loadCodes(states), window.normgraphLabels.load(states)]).then(function () {
      self.render(box, states, values, numbers.length > 0 ? numbers[0] : 'rows');
    }).catch(function (error) {
      box.appendChild(ng.element('p', { 'class': 'error' }, 'The map could not be drawn: ' + error.message));
    });
  };

  WorldMap.prototype.render = function (box, states, values, measure) {
    this.destroy();
    var data = [];
    var unplaced = [];
    states.forEach(function (s) {
      if (codes[s] && outlined[codes[s]]) {
        data.push({ name: codes[s], value: values[s], state: window.normgraphLabels.text(s), iri: s });
      } else {
        unplaced.push(window.normgraphLabels.text(s));
      }
    });
    var max = data.reduce(function (m, d) { return Math.max(m, d.value); }, 0);
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      // Plain text tooltips: names from the data never become markup.
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (p) {
        return p.data ? p.data.state + ': ' + p.data.value + ' (' + measure + ')' : '';
      } },
      visualMap: { min: 0, max: Math.max(1, max), left: 8, bottom: 8, calculable: true, inRange: { color: ['#dbe7f3', '#1f3a5f'] } },
      series: [{ type: 'map', map: 'world', roam: true, data: data,
        emphasis: { label: { show: false } }, itemStyle: { areaColor: '#f2f2f2', borderColor: '#bbb' } }]
    });
    chart.on('click', function (p) {
      var target = p.data ? ng.href(p.data.iri) : null;
      if (target) {
        window.location.href = target;
      }
    });
    if (unplaced.length > 0) {
      box.parentNode.appendChild(ng.element('p', { 'class': 'muted' }, 'Not on the map (too small for an '
        + 'outline at 1:110 million, or no M49 code): ' + unplaced.join(', ')));
    }
    var resize = function () { chart.resize(); };
    window.addEventListener('resize', resize);
    this.stopResizing = function () { window.removeEventListener('resize', resize); };
    this.chart = chart;
    window.normgraphMap = chart;
  };

  WorldMap.prototype.destroy = function () {
    if (this.chart) {
      this.stopResizing();
      this.chart.dispose();
      this.chart = null;
    }
  };

  Yasgui.Yasr.registerPlugin('map', WorldMap);
})();

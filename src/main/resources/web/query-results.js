// Results as a reader wants them: each IRI by its label (rdfs:label or skos:prefLabel, in English or Chinese as the
// page's language choice says) linked to its page, each literal by its value alone; the IRIs themselves one click
// away (the "IRIs" switch). A YASR plugin, so YASR's raw table and response stay a click away too.
(function () {
  'use strict';
  var ng = window.normgraph;
  var LANGUAGE_KEY = 'normgraph.query.labelLanguage';
  /** Labels are asked for in batches of this many IRIs, one query each. */
  var BATCH = 200;
  /** Rows drawn at first; the rest on request, so that a long answer does not freeze the page. */
  var FIRST_ROWS = 500;
  var cache = {};
  var language = storedLanguage();

  function storedLanguage() {
    try {
      return window.localStorage.getItem(LANGUAGE_KEY) || 'en';
    } catch (e) {
      return 'en';
    }
  }

  /** The label query for some IRIs: every rdfs:label and skos:prefLabel, the language chosen among them later. */
  function labelQuery(iris) {
    return 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
      + 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
      + 'SELECT ?iri ?label WHERE { VALUES ?iri { '
      + iris.map(function (iri) { return '<' + iri + '>'; }).join(' ')
      + ' } ?iri rdfs:label|skos:prefLabel ?label }';
  }

  /** The best label of one IRI for a language: that language, then English, Chinese, any; null if it has none. */
  function pick(labels, language) {
    if (!labels || labels.length === 0) {
      return null;
    }
    var order = language === 'zh' ? ['zh', 'en', ''] : ['en', 'zh', ''];
    for (var i = 0; i < order.length; i++) {
      for (var j = 0; j < labels.length; j++) {
        var tag = (labels[j].lang || '').toLowerCase();
        if (order[i] === '' ? true : tag === order[i] || tag.indexOf(order[i] + '-') === 0) {
          return labels[j];
        }
      }
    }
    return labels[0];
  }

  /** Asks the endpoint for the labels of the IRIs not yet known; resolves when all are in the cache. */
  function loadLabels(iris) {
    var missing = iris.filter(function (iri) { return !(iri in cache) && /^[^<>"{}|^`\\\s]+$/.test(iri); });
    var batches = [];
    for (var i = 0; i < missing.length; i += BATCH) {
      batches.push(missing.slice(i, i + BATCH));
    }
    // One batch after the other: the server runs few queries at once and would turn the rest away.
    return batches.reduce(function (done, batch) {
      return done.then(function () {
        return ng.select(labelQuery(batch));
      }).then(function (rows) {
        batch.forEach(function (iri) { cache[iri] = cache[iri] || []; });
        rows.forEach(function (row) {
          cache[row.iri.value].push({ value: row.label.value, lang: row.label['xml:lang'] || '' });
        });
      });
    }, Promise.resolve());
  }

  /** The rows of a SELECT answer, or of a CONSTRUCT answer as subject, predicate, object. */
  function table(results) {
    var bindings = results.getBindings();
    if (bindings) {
      return { variables: results.getVariables(), rows: bindings };
    }
    // YASR is handed the answer's text without its media type, and takes Turtle (a CONSTRUCT's answer) for XML.
    var data = results.getData();
    if (results.getType() === 'xml' && typeof data === 'string' && !/^\s*<(\?xml|sparql)/.test(data)) {
      results.type = 'ttl';
    }
    var statements = null;
    try {
      statements = results.getStatements ? results.getStatements() : null;
    } catch (e) {
      statements = null;
    }
    if (!statements) {
      return null;
    }
    function term(t) {
      if (t.termType === 'NamedNode') {
        return { type: 'uri', value: t.value };
      }
      if (t.termType === 'BlankNode') {
        return { type: 'bnode', value: t.value };
      }
      return { type: 'literal', value: t.value, 'xml:lang': t.language || undefined,
        datatype: t.datatype ? t.datatype.value : undefined };
    }
    return {
      variables: ['subject', 'predicate', 'object'],
      rows: statements.map(function (s) {
        return { subject: term(s.subject), predicate: term(s.predicate), object: term(s.object) };
      })
    };
  }

  /** An IRI of normgraph's without its common start (id/state/AUS → state/AUS); any other IRI whole. */
  function withoutBase(iri) {
    return iri.indexOf(ng.BASE + 'id/') === 0 ? iri.substring((ng.BASE + 'id/').length) : iri;
  }

  /**
   * An IRI as text with a line-break opportunity after each of its steps (/ # : ? & = . -), so that a narrow column
   * breaks it between steps, never inside a word; a step longer than 24 characters (a checksum) every 16. The text
   * copied is the IRI itself: a <wbr> adds no character.
   */
  function breakable(iri) {
    var pieces = document.createDocumentFragment();
    iri.split(/(?<=[\/#:?&=.-])(?=.)/).forEach(function (step) {
      var size = step.length > 24 ? 16 : step.length;
      for (var start = 0; start < step.length; start += size) {
        if (pieces.childNodes.length > 0) {
          pieces.appendChild(document.createElement('wbr'));
        }
        pieces.appendChild(document.createTextNode(step.substring(start, start + size)));
      }
    });
    return pieces;
  }

  function LabelTable(yasr) {
    this.yasr = yasr;
    this.priority = 15;
    this.label = 'Labels';
    this.showIris = false;
  }

  LabelTable.prototype.canHandleResults = function () {
    var results = this.yasr.results;
    if (!results || results.hasError() || results.getBoolean() !== undefined) {
      return false;
    }
    var t = table(results);
    return !!t && t.variables.length > 0;
  };

  LabelTable.prototype.getIcon = function () {
    return ng.element('span', { 'class': 'plugin-icon', 'aria-hidden': 'true' }, 'Aa');
  };

  LabelTable.prototype.cell = function (binding) {
    if (!binding) {
      return ng.element('td', {});
    }
    if (binding.type === 'uri') {
      var label = pick(cache[binding.value], language);
      var text = this.showIris ? breakable(binding.value)
        : label ? label.value : breakable(withoutBase(binding.value));
      var target = ng.href(binding.value);
      var content = target ? ng.element('a', { href: target, title: binding.value }, text)
        : ng.element('span', { title: binding.value }, text);
      if (label && !this.showIris && label.lang) {
        content.setAttribute('lang', label.lang);
      }
      return ng.element('td', { 'class': this.showIris || !label ? 'iri' : 'label', 'data-iri': binding.value },
        content);
    }
    if (binding.type === 'bnode') {
      return ng.element('td', { 'class': 'muted' }, '_:' + binding.value);
    }
    var datatype = binding.datatype || '';
    var numeric = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger)$/.test(datatype);
    return ng.element('td', { 'class': numeric ? 'number' : null, lang: binding['xml:lang'] || null,
      title: datatype ? datatype.replace('http://www.w3.org/2001/XMLSchema#', 'xsd:') : null }, binding.value);
  };

  LabelTable.prototype.draw = function () {
    var self = this;
    var t = table(this.yasr.results);
    var container = ng.element('div', { 'class': 'label-table' });
    this.yasr.resultsEl.appendChild(container);
    var iris = {};
    t.rows.forEach(function (row) {
      t.variables.forEach(function (v) {
        if (row[v] && row[v].type === 'uri') {
          iris[row[v].value] = true;
        }
      });
    });
    container.appendChild(ng.element('p', { 'class': 'muted' }, 'Looking up labels…'));
    this.note = null;
    return loadLabels(Object.keys(iris)).catch(function (error) {
      self.note = 'Labels could not be looked up (' + error.message + '); the IRIs are shown instead.';
    }).then(function () {
      self.render(container, t);
    });
  };

  LabelTable.prototype.render = function (container, t) {
    var self = this;
    container.textContent = '';
    if (this.note) {
      container.appendChild(ng.element('p', { 'class': 'error' }, this.note));
    }
    var iris = ng.element('input', { type: 'checkbox', id: 'show-iris' });
    iris.checked = this.showIris;
    iris.addEventListener('change', function () {
      self.showIris = iris.checked;
      self.render(container, t);
    });
    container.appendChild(ng.element('p', { 'class': 'result-controls' },
      ng.element('label', { 'for': 'show-iris' }, iris, ' IRIs'),
      ' · ' + t.rows.length + (t.rows.length === 1 ? ' row' : ' rows')));
    var head = ng.element('tr', {}, ng.element('th', { scope: 'col' }, '#'));
    t.variables.forEach(function (v) { head.appendChild(ng.element('th', { scope: 'col' }, v)); });
    var body = ng.element('tbody', {});
    var limit = Math.min(t.rows.length, this.allRows ? t.rows.length : FIRST_ROWS);
    for (var i = 0; i < limit; i++) {
      var tr = ng.element('tr', {}, ng.element('td', { 'class': 'number muted' }, String(i + 1)));
      for (var j = 0; j < t.variables.length; j++) {
        var td = this.cell(t.rows[i][t.variables[j]]);
        td.setAttribute('data-variable', t.variables[j]);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    container.appendChild(ng.element('div', { 'class': 'scroll' },
      ng.element('table', { 'class': 'results' }, ng.element('thead', {}, head), body)));
    if (limit < t.rows.length) {
      var more = ng.element('button', { type: 'button' }, 'Show all ' + t.rows.length + ' rows');
      more.addEventListener('click', function () {
        self.allRows = true;
        self.render(container, t);
      });
      container.appendChild(more);
    }
  };

  LabelTable.prototype.download = function () {
    return undefined;
  };

  Yasgui.Yasr.registerPlugin('labels', LabelTable);

  window.normgraphLabels = {
    language: function () { return language; },
    setLanguage: function (chosen) {
      language = chosen;
      try {
        window.localStorage.setItem(LANGUAGE_KEY, chosen);
      } catch (e) {
        // A browser that keeps nothing still shows the labels in the language chosen until the page closes.
      }
    },
    pick: pick,
    /** Fetches the labels of these IRIs that are not known yet. */
    load: loadLabels,
    /** An IRI as the table shows it: its label in the language chosen, else the IRI (normgraph's without the base). */
    text: function (iri) {
      var label = pick(cache[iri], language);
      return label ? label.value : withoutBase(iri);
    }
  };
})();

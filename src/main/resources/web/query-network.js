// A network of results whose rows join two IRIs: the first two IRI columns of a SELECT as the ends of an edge
// (named by the first other column, where there is one), or the triples of a CONSTRUCT whose object is an IRI.
// Nodes carry their labels as the table shows them; a tap opens a node's page. Cytoscape.js, served by this server.
(function () {
  'use strict';
  var ng = window.normgraph;
  /** Beyond this many edges a drawing says nothing the table does not say better. */
  var MOST_EDGES = 1500;

  function edges(results) {
    var bindings = results.getBindings();
    var found = [];
    if (bindings && results.getType() !== 'ttl') {
      var variables = results.getVariables() || [];
      var iris = variables.filter(function (v) {
        return bindings.some(function (row) { return row[v] && row[v].type === 'uri'; });
      });
      if (iris.length < 2) {
        return found;
      }
      var name = variables.filter(function (v) { return iris.indexOf(v) < 0; })[0];
      bindings.forEach(function (row) {
        var from = row[iris[0]];
        var to = row[iris[1]];
        if (from && to && from.type === 'uri' && to.type === 'uri') {
          found.push({ from: from.value, to: to.value, name: name && row[name] ? row[name].value : '' });
        }
      });
      return found;
    }
    var statements = results.getStatements ? results.getStatements() : null;
    (statements || []).forEach(function (s) {
      if (s.subject.termType === 'NamedNode' && s.object.termType === 'NamedNode') {
        found.push({ from: s.subject.value, to: s.object.value, name: s.predicate.value, predicate: true });
      }
    });
    return found;
  }

  function Network(yasr) {
    this.yasr = yasr;
    this.priority = 4;
    this.label = 'Network';
  }

  Network.prototype.canHandleResults = function () {
    var results = this.yasr.results;
    if (!results || results.hasError() || typeof cytoscape === 'undefined') {
      return false;
    }
    var found = edges(results);
    return found.length > 0 && found.length <= MOST_EDGES;
  };

  Network.prototype.getIcon = function () {
    return ng.element('span', { 'class': 'plugin-icon', 'aria-hidden': 'true' }, '⋈');
  };

  Network.prototype.draw = function () {
    var self = this;
    var found = edges(this.yasr.results);
    var iris = {};
    found.forEach(function (e) {
      iris[e.from] = true;
      iris[e.to] = true;
      if (e.predicate) {
        iris[e.name] = true;
      }
    });
    return window.normgraphLabels.load(Object.keys(iris)).catch(function () {
      // Without labels the nodes are named by their IRIs.
    }).then(function () { self.render(found); });
  };

  Network.prototype.render = function (found) {
    this.destroy();
    var text = window.normgraphLabels.text;
    var nodes = {};
    var elements = [];
    var seen = {};
    found.forEach(function (e) {
      [e.from, e.to].forEach(function (iri) {
        if (!nodes[iri]) {
          nodes[iri] = true;
          elements.push({ group: 'nodes', data: { id: iri, name: text(iri) } });
        }
      });
      var label = e.predicate ? text(e.name) : e.name;
      var key = e.from + '\n' + e.to + '\n' + label;
      if (!seen[key]) {
        seen[key] = true;
        elements.push({ group: 'edges', data: { id: 'e' + elements.length, source: e.from, target: e.to,
          name: label } });
      }
    });
    var count = Object.keys(nodes).length;
    var box = ng.element('div', { id: 'network-view', 'class': 'network', role: 'img',
      'aria-label': 'Network of ' + count + ' nodes' });
    box.style.height = Math.max(384, Math.min(1000, 120 + count * 12)) + 'px';
    this.yasr.resultsEl.appendChild(box);
    var cy = cytoscape({
      container: box,
      elements: elements,
      layout: { name: 'cose', animate: false, fit: true, padding: 24, randomize: false },
      // A few nodes fitted to the box would have huge labels.
      maxZoom: 1.4,
      style: [
        { selector: 'node', style: { 'label': 'data(name)', 'font-size': 11, 'text-wrap': 'wrap',
          'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 16, 'height': 16,
          'background-color': '#1f6fb2' } },
        { selector: 'edge', style: { 'label': 'data(name)', 'font-size': 8, 'color': '#555',
          'text-rotation': 'autorotate', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.5,
          'line-color': '#888', 'target-arrow-color': '#888' } }
      ]
    });
    cy.on('tap', 'node', function (event) {
      var target = ng.href(event.target.id());
      if (target) {
        window.location.href = target;
      }
    });
    this.cy = cy;
    window.normgraphNetworkView = cy;
  };

  Network.prototype.destroy = function () {
    if (this.cy) {
      this.cy.destroy();
      this.cy = null;
    }
  };

  Yasgui.Yasr.registerPlugin('network', Network);
})();

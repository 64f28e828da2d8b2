// A draft article's network (Cytoscape.js): the article in the middle, each actor that took a stance on it around
// it, one edge per stance coloured by its relation. An edge opens the sentence that states the stance; an actor
// opens its page. On request, the members of a group that the text names "with its member States" hang on the
// group, each by its derived stance.
(function () {
  'use strict';
  var ng = window.normgraph;
  var container = document.getElementById('network');
  var panel = document.getElementById('network-edge');
  var members = document.getElementById('network-members');
  var provision = container.dataset.provision;
  var COLOURS = { proposes: '#2b6cb0', supports: '#2f855a', opposes: '#c53030' };
  /** The smallest zoom at which an 11 px label is read easily. */
  var READABLE_ZOOM = 0.85;
  var ORDER = { proposes: 0, supports: 1, opposes: 2 };
  var PREFIXES = 'PREFIX ng: <' + ng.NG + '>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n' +
      'PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n';
  var LABELS = '  OPTIONAL { ?actor rdfs:label ?en FILTER (lang(?en) = "en") }\n' +
      '  OPTIONAL { ?actor rdfs:label ?zh FILTER (lang(?zh) = "zh-Hans") }\n';
  // The article itself and its parts (paragraphs, subparagraphs), each a target of stances.
  var ABOUT = '  { BIND (<' + provision + '> AS ?about) } UNION { ?about dcterms:isPartOf <' + provision + '> ; a ng:DraftProvision }\n';
  var STANCES = PREFIXES + 'SELECT ?position ?actor ?relation ?en ?zh ?evidence ?line ?document ?about ?aboutEn ?aboutZh WHERE {\n' +
      ABOUT +
      '  ?position a ng:Position ; ng:about ?about ; ng:holder ?actor ; ng:relation ?relation .\n' +
      '  OPTIONAL { ?position ng:evidenceText ?evidence }\n  OPTIONAL { ?position ng:actorLine ?line }\n' +
      '  OPTIONAL { ?position prov:wasDerivedFrom ?document }\n' +
      '  OPTIONAL { ?about rdfs:label ?aboutEn FILTER (lang(?aboutEn) = "en") }\n' +
      '  OPTIONAL { ?about rdfs:label ?aboutZh FILTER (lang(?aboutZh) = "zh-Hans") }\n' + LABELS +
      '} ORDER BY ?relation ?actor ?about';
  var ARTICLE = PREFIXES + 'SELECT ?en ?zh WHERE {\n' +
      '  OPTIONAL { <' + provision + '> rdfs:label ?en FILTER (lang(?en) = "en") }\n' +
      '  OPTIONAL { <' + provision + '> rdfs:label ?zh FILTER (lang(?zh) = "zh-Hans") }\n} LIMIT 1';
  var MEMBERS = PREFIXES + 'SELECT ?position ?actor ?relation ?group ?source ?en ?zh ?evidence ?about WHERE {\n' +
      ABOUT +
      '  ?position a ng:DerivedPosition ; ng:about ?about ; ng:holder ?actor ; ng:relation ?relation ;\n' +
      '            ng:viaGroup ?group ; prov:wasDerivedFrom ?source .\n' +
      '  OPTIONAL { ?source ng:evidenceText ?evidence }\n' + LABELS + '} ORDER BY ?group ?actor';

  var relation = function (iri) { return iri.substring(ng.NG.length); };
  var cy;

  function show(edge) {
    var d = edge.data();
    panel.textContent = '';
    panel.appendChild(ng.element('p', null, ng.link(d.source, d.sourceName), ' ' + d.relation + ' ',
        ng.link(d.about || d.target, d.aboutName || d.targetName), d.via ? ', through ' + d.via : ''));
    panel.appendChild(ng.element('p', { 'class': 'words', lang: 'zh-Hans' }, d.evidence));
    panel.appendChild(ng.element('p', { 'class': 'muted' }, d.line ? 'line ' + d.line + ' of ' : '',
        d.document ? ng.link(d.document, ng.shortIri(d.document)) : '', ' · ',
        ng.link(d.position, 'the position, with its source')));
    panel.hidden = false;
  }

  /** Fits the network, but no smaller than labels can be read at: the rest is a pan (or a pinch) away. */
  function readable() {
    cy.fit(undefined, 20);
    if (cy.zoom() < READABLE_ZOOM) {
      cy.zoom({ level: READABLE_ZOOM, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
      cy.center(cy.getElementById(provision));
    }
  }

  /** Actors on a circle, grouped by relation, so that proposers, supporters and opposers stand together. */
  function place(actors) {
    var r = Math.max(160, actors.length * 14);
    actors.forEach(function (a, i) {
      var angle = -Math.PI / 2 + 2 * Math.PI * i / actors.length;
      a.position = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
    });
  }

  Promise.all([ng.select(ARTICLE), ng.select(STANCES)]).then(function (results) {
    var rows = results[1];
    if (rows.length === 0) {
      container.replaceWith(ng.element('p', { 'class': 'muted' }, 'No stance on this article or its parts in the graph.'));
      return;
    }
    var article = results[0][0] || {};
    var articleName = ng.name(ng.value(article, 'en'), ng.value(article, 'zh'), ng.shortIri(provision));
    var actors = {}, parts = {};
    rows.forEach(function (row) {
      var iri = ng.value(row, 'actor');
      var rel = relation(ng.value(row, 'relation'));
      if (!actors[iri] || ORDER[rel] < ORDER[actors[iri].relation]) {
        actors[iri] = { iri: iri, relation: rel,
          name: ng.name(ng.value(row, 'en'), ng.value(row, 'zh'), ng.shortIri(iri)) };
      }
      var about = ng.value(row, 'about');
      if (about !== provision) {
        parts[about] = ng.name(ng.value(row, 'aboutEn'), ng.value(row, 'aboutZh'), ng.shortIri(about));
      }
    });
    var list = Object.keys(actors).map(function (k) { return actors[k]; }).sort(function (a, b) {
      return ORDER[a.relation] - ORDER[b.relation] || a.name.localeCompare(b.name);
    });
    place(list);
    var elements = [{ group: 'nodes', classes: 'article', data: { id: provision, name: articleName },
      position: { x: 0, y: 0 } }];
    Object.keys(parts).sort().forEach(function (part, i, all) {
      var angle = 2 * Math.PI * (i + 0.5) / all.length;
      elements.push({ group: 'nodes', classes: 'part', data: { id: part, name: parts[part] },
        position: { x: 70 * Math.cos(angle), y: 70 * Math.sin(angle) } });
      elements.push({ group: 'edges', classes: 'part-of', data: { id: part + ' part of', source: part,
        target: provision, colour: '#999' } });
    });
    list.forEach(function (a) {
      elements.push({ group: 'nodes', classes: 'actor ' + a.relation,
        data: { id: a.iri, name: a.name, colour: COLOURS[a.relation] }, position: a.position });
    });
    rows.forEach(function (row) {
      var rel = relation(ng.value(row, 'relation'));
      var actor = ng.value(row, 'actor');
      var about = ng.value(row, 'about');
      elements.push({ group: 'edges', classes: 'stance ' + rel, data: {
        id: ng.value(row, 'position'), position: ng.value(row, 'position'), source: actor, target: about,
        relation: rel, colour: COLOURS[rel], evidence: ng.value(row, 'evidence'), line: ng.value(row, 'line'),
        document: ng.value(row, 'document'), sourceName: actors[actor].name,
        targetName: about === provision ? articleName : parts[about] } });
    });
    // The canvas grows with the circle of actors, so that their labels keep a readable size (31 actors: 31 labels
    // of 11 px around a circle of 434 px radius); what is wider than the screen is reached by panning.
    container.style.height = Math.min(900, Math.max(420, 240 + list.length * 16)) + 'px';
    cy = cytoscape({
      container: container,
      elements: elements,
      layout: { name: 'preset', fit: true, padding: 30 },
      minZoom: 0.2, maxZoom: 3,
      style: [
        { selector: 'node', style: { 'label': 'data(name)', 'font-size': 11, 'text-wrap': 'wrap',
          'text-max-width': 110, 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 18, 'height': 18 } },
        { selector: 'node.actor', style: { 'background-color': 'data(colour)' } },
        { selector: 'node.member', style: { 'width': 10, 'height': 10, 'font-size': 8, 'opacity': 0.8 } },
        { selector: 'node.article', style: { 'shape': 'round-rectangle', 'width': 34, 'height': 34,
          'background-color': '#1f3a5f', 'font-size': 14, 'font-weight': 'bold' } },
        { selector: 'edge', style: { 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'width': 2 } },
        { selector: 'node.part', style: { 'shape': 'round-rectangle', 'width': 22, 'height': 22,
          'background-color': '#5a7394', 'font-size': 10 } },
        { selector: 'edge.part-of', style: { 'line-color': '#999', 'target-arrow-shape': 'none', 'width': 3 } },
        { selector: 'edge.derived', style: { 'line-style': 'dashed', 'width': 1, 'target-arrow-shape': 'none' } }
      ]
    });
    cy.on('tap', 'edge.stance, edge.derived', function (event) { show(event.target); });
    cy.on('tap', 'node', function (event) {
      var target = ng.href(event.target.id());
      if (target && event.target.id() !== provision) {
        window.location.href = target;
      }
    });
    readable();
    window.normgraphNetwork = cy;
    container.dataset.actors = String(list.length);
  }).catch(function (error) { ng.showError(container, error); });

  var membersShown = false;
  members.addEventListener('change', function () {
    if (!cy) {
      return;
    }
    if (!members.checked) {
      cy.remove('.member');
      membersShown = false;
      return;
    }
    if (membersShown) {
      return;
    }
    membersShown = true;
    ng.select(MEMBERS).then(function (rows) {
      var byGroup = {};
      rows.forEach(function (row) {
        var group = ng.value(row, 'group');
        (byGroup[group] = byGroup[group] || []).push(row);
      });
      Object.keys(byGroup).forEach(function (group) {
        var centre = cy.getElementById(group);
        if (centre.empty()) {
          return;
        }
        var p = centre.position();
        var out = Math.atan2(p.y, p.x);
        byGroup[group].forEach(function (row, i, all) {
          var iri = ng.value(row, 'actor');
          var rel = relation(ng.value(row, 'relation'));
          // A few members on the half circle away from the centre; many on a whole circle, wide enough that
          // their dots stand apart (the EU's 27: a radius of 206 px).
          var spread = all.length <= 8 ? Math.PI : 2 * Math.PI;
          var radius = Math.max(110, all.length * 48 / spread);
          var angle = out - spread / 2 + spread * (i + 0.5) / all.length;
          var name = ng.name(ng.value(row, 'en'), ng.value(row, 'zh'), ng.shortIri(iri));
          if (cy.getElementById(iri).empty()) {
            cy.add({ group: 'nodes', classes: 'actor member ' + rel, data: { id: iri, name: name,
              colour: COLOURS[rel] }, position: { x: p.x + radius * Math.cos(angle), y: p.y + radius * Math.sin(angle) } });
          }
          cy.add({ group: 'edges', classes: 'derived ' + rel, data: { id: ng.value(row, 'position'),
            position: ng.value(row, 'position'), source: iri, target: group, relation: rel, colour: COLOURS[rel],
            evidence: ng.value(row, 'evidence'), sourceName: name, about: ng.value(row, 'about'),
            aboutName: cy.getElementById(ng.value(row, 'about')).data('name'),
            via: 'the position of ' + cy.getElementById(group).data('name') + ' with its member States' } });
        });
      });
      readable();
    }).catch(function (error) { ng.showError(panel, error); panel.hidden = false; });
  });
})();

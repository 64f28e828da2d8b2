// The stance map of a draft: one row per actor, one column per article (or part of one), each cell the relation
// that the text states. A column head sorts the rows by that column; "Cluster" orders the actors by average-linkage
// clustering on their agreement: of the articles on which both took a side, the share on which they took the same
// side (proposes and supports are one side, opposes the other).
(function () {
  'use strict';
  var ng = window.normgraph;
  var container = document.getElementById('stance-map');
  var draft = container.dataset.draft;
  var membersBox = document.getElementById('stance-members');
  var LETTER = { proposes: 'P', supports: 'S', opposes: 'O' };
  var SIDE = { proposes: 1, supports: 1, opposes: -1 };
  var RANK = { proposes: 0, supports: 1, opposes: 2 };
  var PREFIXES = 'PREFIX ng: <' + ng.NG + '>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n';
  var QUERY = PREFIXES + 'SELECT ?provision ?provisionEn ?provisionZh ?actor ?actorEn ?actorZh ?relation ?position ?derived ?evidence WHERE {\n' +
      '  ?provision a ng:DraftProvision ; ng:draftText <' + draft + '> .\n' +
      '  { ?position a ng:Position ; ng:about ?provision ; ng:holder ?actor ; ng:relation ?relation .\n' +
      '    OPTIONAL { ?position ng:evidenceText ?evidence } BIND (false AS ?derived) }\n' +
      '  UNION\n' +
      '  { ?position a ng:DerivedPosition ; ng:about ?provision ; ng:holder ?actor ; ng:relation ?relation .\n' +
      '    BIND (true AS ?derived) }\n' +
      '  OPTIONAL { ?provision rdfs:label ?provisionEn FILTER (lang(?provisionEn) = "en") }\n' +
      '  OPTIONAL { ?provision rdfs:label ?provisionZh FILTER (lang(?provisionZh) = "zh-Hans") }\n' +
      '  OPTIONAL { ?actor rdfs:label ?actorEn FILTER (lang(?actorEn) = "en") }\n' +
      '  OPTIONAL { ?actor rdfs:label ?actorZh FILTER (lang(?actorZh) = "zh-Hans") }\n' +
      '} ORDER BY ?provision ?actor ?position';

  var rows = [];
  var order = 'alphabetical';
  var sortColumn = null;

  /** Actors, articles and cells for the rows to be shown (derived stances only when asked). */
  function matrix() {
    var withMembers = membersBox.checked;
    var actors = {}, provisions = {}, cells = {};
    rows.forEach(function (row) {
      var derived = ng.value(row, 'derived') === 'true';
      if (derived && !withMembers) {
        return;
      }
      var actor = ng.value(row, 'actor'), provision = ng.value(row, 'provision');
      var relation = ng.value(row, 'relation').substring(ng.NG.length);
      actors[actor] = actors[actor] || { iri: actor, name: ng.name(ng.value(row, 'actorEn'), ng.value(row, 'actorZh'),
          ng.shortIri(actor)), derivedOnly: true };
      actors[actor].derivedOnly = actors[actor].derivedOnly && derived;
      provisions[provision] = provisions[provision] || { iri: provision, name: ng.value(row, 'provisionEn') ||
          ng.name('', ng.value(row, 'provisionZh'), ng.shortIri(provision)), zh: ng.value(row, 'provisionZh') };
      var key = actor + ' ' + provision;
      var cell = cells[key];
      // A stated stance wins over a derived one; of two stated ones, the first in P, S, O order stands first.
      if (!cell || (cell.derived && !derived) || (cell.derived === derived && RANK[relation] < RANK[cell.relation])) {
        cells[key] = { relation: relation, derived: derived, position: ng.value(row, 'position'),
          evidence: ng.value(row, 'evidence'), others: cell ? [cell.relation] : [] };
      } else if (cell.relation !== relation) {
        cell.others.push(relation);
      }
    });
    var provisionList = Object.keys(provisions).map(function (k) { return provisions[k]; });
    provisionList.sort(function (a, b) { return a.iri.localeCompare(b.iri, 'en', { numeric: true }); });
    return { actors: Object.keys(actors).map(function (k) { return actors[k]; }), provisions: provisionList,
      cells: cells };
  }

  /** Of the articles on which both took a side, the share where they took the same side; null when none. */
  function agreement(m, a, b) {
    var both = 0, same = 0;
    m.provisions.forEach(function (p) {
      var x = m.cells[a.iri + ' ' + p.iri], y = m.cells[b.iri + ' ' + p.iri];
      if (x && y) {
        both++;
        if (SIDE[x.relation] === SIDE[y.relation]) {
          same++;
        }
      }
    });
    return both === 0 ? null : { share: same / both, both: both };
  }

  /** Average-linkage agglomerative clustering on 1 - agreement (no shared article: distance 1); leaf order. */
  function cluster(m) {
    var n = m.actors.length;
    var distance = [];
    for (var i = 0; i < n; i++) {
      distance.push([]);
      for (var j = 0; j < n; j++) {
        var ag = i === j ? { share: 1 } : agreement(m, m.actors[i], m.actors[j]);
        distance[i].push(ag === null ? 1 : 1 - ag.share);
      }
    }
    var clusters = m.actors.map(function (a, i) { return { members: [i], start: true }; });
    while (clusters.length > 1) {
      var best = null;
      for (var p = 0; p < clusters.length; p++) {
        for (var q = p + 1; q < clusters.length; q++) {
          var sum = 0;
          clusters[p].members.forEach(function (u) { clusters[q].members.forEach(function (v) { sum += distance[u][v]; }); });
          var d = sum / (clusters[p].members.length * clusters[q].members.length);
          if (best === null || d < best.d - 1e-12) {
            best = { p: p, q: q, d: d };
          }
        }
      }
      var merged = { members: clusters[best.p].members.concat(clusters[best.q].members), d: best.d };
      clusters.splice(best.q, 1);
      clusters.splice(best.p, 1, merged);
      // Groups of actors that agree fully (distance 0) stay marked as one block.
      if (best.d > 0 && !m.blocks) {
        m.blocks = clusters.map(function (c) { return c.members.slice(); });
      }
    }
    if (!m.blocks) {
      m.blocks = [clusters[0].members];
    }
    var startOfBlock = {};
    m.blocks.forEach(function (block) { startOfBlock[block[0]] = true; });
    var orderOfLeaves = clusters[0].members;
    // A block begins wherever the leaf order enters a new block of full agreement.
    var blockOf = {};
    m.blocks.forEach(function (block, b) { block.forEach(function (i) { blockOf[i] = b; }); });
    return orderOfLeaves.map(function (i, k) {
      return { actor: m.actors[i], blockStart: k === 0 || blockOf[i] !== blockOf[orderOfLeaves[k - 1]] };
    });
  }

  /** The actor most alike, as "Name: same side on 3 of 3 articles". */
  function mostAlike(m, actor) {
    var best = null;
    m.actors.forEach(function (other) {
      if (other === actor) {
        return;
      }
      var ag = agreement(m, actor, other);
      if (ag && (!best || ag.share > best.share || (ag.share === best.share && ag.both > best.both))) {
        best = { share: ag.share, both: ag.both, name: other.name };
      }
    });
    if (!best) {
      return '';
    }
    var same = Math.round(best.share * best.both);
    return best.name + ': same side on ' + same + ' of ' + best.both + (best.both === 1 ? ' article' : ' articles') +
        ' 立场相同 ' + same + '/' + best.both;
  }

  function draw() {
    var m = matrix();
    var ordered;
    if (order === 'cluster') {
      ordered = cluster(m);
    } else {
      ordered = m.actors.slice().sort(function (a, b) { return a.name.localeCompare(b.name); })
          .map(function (a) { return { actor: a, blockStart: false }; });
      if (sortColumn) {
        var rank = function (a) {
          var c = m.cells[a.iri + ' ' + sortColumn];
          return c ? RANK[c.relation] : 9;
        };
        ordered.sort(function (a, b) { return rank(a.actor) - rank(b.actor); });
      }
    }
    var table = ng.element('table', { 'class': 'stance-map', 'data-order': order });
    var head = ng.element('tr', null, ng.element('th', { scope: 'col' }, 'actor 行为体'));
    m.provisions.forEach(function (p) {
      var th = ng.element('th', { scope: 'col', 'data-provision': p.iri, title: 'Sort by ' + p.name },
          ng.element('a', { href: ng.href(p.iri) }, p.name.replace(/^Article /, '').replace(/, (sub)?paragraph /, ' ¶')),
          p.zh ? ng.element('div', { lang: 'zh-Hans', 'class': 'muted' }, p.zh) : null);
      th.addEventListener('click', function (event) {
        if (event.target.tagName === 'A') {
          return;
        }
        order = 'column';
        sortColumn = p.iri;
        draw();
      });
      head.appendChild(th);
    });
    head.appendChild(ng.element('th', { scope: 'col' }, 'most alike 最相近'));
    table.appendChild(ng.element('thead', null, head));
    var body = ng.element('tbody');
    ordered.forEach(function (entry) {
      var a = entry.actor;
      var tr = ng.element('tr', { 'data-actor': a.iri, 'class': entry.blockStart ? 'cluster-start' : null },
          ng.element('th', { scope: 'row' }, ng.link(a.iri, a.name)));
      m.provisions.forEach(function (p) {
        var c = m.cells[a.iri + ' ' + p.iri];
        if (!c) {
          tr.appendChild(ng.element('td', { 'data-relation': '' }));
          return;
        }
        var letters = [c.relation].concat(c.others).map(function (r) { return LETTER[r]; }).join('');
        tr.appendChild(ng.element('td', { 'class': 'cell ' + c.relation + (c.derived ? ' derived' : ''),
          'data-relation': c.derived ? 'derived-' + c.relation : c.relation,
          title: a.name + ' ' + c.relation + ' ' + p.name + (c.derived ? ' (through its group)' : '') +
              (c.evidence ? ': ' + c.evidence : '') }, ng.element('a', { href: ng.href(c.position) }, letters)));
      });
      tr.appendChild(ng.element('td', { 'class': 'muted alike' }, mostAlike(m, a)));
      body.appendChild(tr);
    });
    table.appendChild(body);
    container.textContent = '';
    container.appendChild(ng.element('p', { 'class': 'muted' }, m.actors.length + ' actors, ' +
        m.provisions.length + ' articles or parts with a stance.'));
    container.appendChild(table);
  }

  document.getElementById('stance-cluster').addEventListener('click', function () { order = 'cluster'; draw(); });
  document.getElementById('stance-alphabetical').addEventListener('click', function () {
    order = 'alphabetical';
    sortColumn = null;
    draw();
  });
  membersBox.addEventListener('change', function () { if (rows.length) { draw(); } });
  ng.select(QUERY).then(function (result) {
    rows = result;
    draw();
  }).catch(function (error) { ng.showError(container, error); });
})();

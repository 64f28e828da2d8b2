// The timeline of statements (plain SVG): one lane per forum and session, each statement a dot at its date. A dot
// opens the statement: speaker, date, forum and session, the words, and the UN Web TV recording at the minute the
// words begin. A date given to the month or year alone is drawn at its start, as a hollow dot.
(function () {
  'use strict';
  var ng = window.normgraph;
  var container = document.getElementById('timeline');
  var panel = document.getElementById('statement');
  var forumSelect = document.getElementById('timeline-forum');
  var SVG = 'http://www.w3.org/2000/svg';
  var QUERY = 'PREFIX ng: <' + ng.NG + '>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n' +
      'PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n' +
      'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n' +
      'SELECT ?statement ?date ?forum ?forumShort ?forumEn ?forumZh ?session ?sessionEn ?sessionZh ?speaker ?speakerEn ?speakerZh\n' +
      '       ?text ?recording ?offset ?line ?document ?ordinal ?answeredId WHERE {\n' +
      '  ?statement a ng:Statement ; ng:speaker ?speaker ; dcterms:date ?date ; ng:forum ?forum .\n' +
      '  OPTIONAL { ?statement ng:text ?text }\n  OPTIONAL { ?statement ng:ordinal ?ordinal }\n' +
      '  OPTIONAL { ?statement ng:respondsTo ?answered . ?answered dcterms:identifier ?answeredId }\n' +
      '  OPTIONAL { ?statement ng:session ?session .\n' +
      '    OPTIONAL { ?session rdfs:label ?sessionEn FILTER (lang(?sessionEn) = "en") }\n' +
      '    OPTIONAL { ?session rdfs:label ?sessionZh FILTER (lang(?sessionZh) = "zh-Hans") } }\n' +
      '  OPTIONAL { ?forum rdfs:label ?forumEn FILTER (lang(?forumEn) = "en") }\n' +
      '  OPTIONAL { ?forum skos:altLabel ?forumShort FILTER (lang(?forumShort) = "en") }\n' +
      '  OPTIONAL { ?forum rdfs:label ?forumZh FILTER (lang(?forumZh) = "zh-Hans") }\n' +
      '  OPTIONAL { ?speaker rdfs:label ?speakerEn FILTER (lang(?speakerEn) = "en") }\n' +
      '  OPTIONAL { ?speaker rdfs:label ?speakerZh FILTER (lang(?speakerZh) = "zh-Hans") }\n' +
      '  OPTIONAL { ?statement ng:evidenceStartLine ?line }\n  OPTIONAL { ?statement prov:wasDerivedFrom ?document }\n' +
      '  OPTIONAL { ?statement ng:footnote ?note . ?note ng:recording ?recording .\n' +
      '             OPTIONAL { ?note ng:offsetSeconds ?offset } }\n' +
      '} ORDER BY ?forum ?session STR(?date) ?ordinal ?statement';

  var statements = [];

  /** "2021-12-14", "2022-03" or "2022" as a time, at the start of the period; exact = whether a day is given. */
  function when(date) {
    var parts = date.split('-').map(Number);
    return { time: Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1), exact: parts.length === 3 };
  }

  function svg(tag, attributes) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    return e;
  }

  function open(s, dot) {
    Array.prototype.forEach.call(container.querySelectorAll('circle.selected'), function (c) {
      c.classList.remove('selected');
    });
    dot.classList.add('selected');
    panel.textContent = '';
    panel.appendChild(ng.element('p', null, ng.link(s.speaker, s.speakerName), ' · ', s.date, ' · ',
        ng.link(s.forum, s.forumName), s.sessionName ? ' · ' + s.sessionName : ''));
    if (s.text) {
      panel.appendChild(ng.element('p', { 'class': 'words', lang: 'zh-Hans' }, s.text));
    } else if (s.answered) {
      // A reply to the Secretary-General has no words of its own: its sections and paragraphs carry them.
      panel.appendChild(ng.element('p', null, 'A reply to the Secretary-General under ' + s.answered +
          '; its sections and paragraphs are on ', ng.link(s.statement, 'its page'), '.'));
    }
    var source = ng.element('p', { 'class': 'muted' });
    if (s.recording) {
      source.appendChild(s.offset !== ''
          ? ng.element('a', { 'class': 'recording', href: ng.recordingAt(s.recording, Number(s.offset)) },
              'UN Web TV recording from ' + ng.minute(Number(s.offset)))
          : ng.element('a', { 'class': 'recording', href: s.recording }, 'UN Web TV recording'));
      source.appendChild(document.createTextNode(' · '));
    }
    source.appendChild(document.createTextNode(s.line ? 'line ' + s.line + ' of ' : ''));
    if (s.document) {
      source.appendChild(ng.link(s.document, ng.shortIri(s.document)));
    }
    source.appendChild(document.createTextNode(' · '));
    source.appendChild(ng.link(s.statement, 'the statement'));
    panel.appendChild(source);
    panel.hidden = false; // the panel stays in view (position: sticky), so the page does not move
  }

  function draw() {
    var forum = forumSelect.value;
    var shown = statements.filter(function (s) { return !forum || s.forum === forum; });
    container.textContent = '';
    if (shown.length === 0) {
      container.appendChild(ng.element('p', { 'class': 'muted' }, 'No dated statement.'));
      return;
    }
    var lanes = [];
    var byLane = {};
    shown.forEach(function (s) {
      var key = s.forum + ' ' + s.session;
      if (!byLane[key]) {
        byLane[key] = { name: s.forumShort + (s.sessionName ? ' · ' + s.sessionName : ''), items: [] };
        lanes.push(byLane[key]);
      }
      byLane[key].items.push(s);
    });
    var times = shown.map(function (s) { return s.when.time; });
    var min = Math.min.apply(null, times), max = Math.max.apply(null, times);
    var DAY = 86400000;
    min -= 15 * DAY;
    max += 15 * DAY;
    var left = 10, labelHeight = 14, width = Math.max(container.clientWidth, 360), dot = 5;
    var x = function (t) { return left + (width - 2 * left) * (t - min) / (max - min); };
    var y = 24;
    var chart = svg('svg', { width: width, role: 'img', 'aria-label': 'Statements by date, per forum and session' });
    // Years on the axis.
    for (var year = new Date(min).getUTCFullYear(); year <= new Date(max).getUTCFullYear(); year++) {
      var t = Date.UTC(year, 0, 1);
      if (t >= min && t <= max) {
        chart.appendChild(svg('line', { x1: x(t), x2: x(t), y1: 14, y2: 100000, stroke: '#ddd' }));
        var label = svg('text', { x: x(t) + 3, y: 12, 'class': 'axis' });
        label.textContent = String(year);
        chart.appendChild(label);
      }
    }
    lanes.forEach(function (lane) {
      var title = svg('text', { x: left, y: y + 10, 'class': 'lane-label' });
      title.textContent = lane.name + ' (' + lane.items.length + ')';
      chart.appendChild(title);
      var stacks = {};
      var top = y + labelHeight + dot;
      var deepest = 0;
      lane.items.forEach(function (s) {
        var column = Math.round(x(s.when.time) / (2 * dot + 1));
        var depth = stacks[column] = (stacks[column] || 0) + 1;
        deepest = Math.max(deepest, depth);
        var circle = svg('circle', { cx: x(s.when.time), cy: top + (depth - 1) * (2 * dot + 2), r: dot,
          fill: s.when.exact ? s.colour : '#fff', stroke: s.colour, 'stroke-width': 1.5, tabindex: 0,
          'data-statement': s.statement, 'data-words': s.text.substring(0, 40) });
        var tip = svg('title', {});
        tip.textContent = s.speakerName + ', ' + s.date + ': ' + (s.text ? s.text.substring(0, 40) + '…'
            : 'reply under ' + s.answered);
        circle.appendChild(tip);
        circle.addEventListener('click', function () { open(s, circle); });
        circle.addEventListener('keydown', function (e) { if (e.key === 'Enter') { open(s, circle); } });
        chart.appendChild(circle);
      });
      chart.appendChild(svg('line', { x1: 0, x2: width, y1: top + deepest * (2 * dot + 2) + 2,
        y2: top + deepest * (2 * dot + 2) + 2, stroke: '#eee' }));
      y = top + deepest * (2 * dot + 2) + 8;
    });
    chart.setAttribute('height', y);
    chart.setAttribute('viewBox', '0 0 ' + width + ' ' + y);
    container.appendChild(chart);
  }

  /** A session by its English and Chinese names, or the Chinese heading alone: never by its IRI's last step. */
  function sessionName(row) {
    var english = ng.value(row, 'sessionEn'), chinese = ng.value(row, 'sessionZh');
    return english && chinese ? english + ' ' + chinese : english || chinese;
  }

  /** One colour per speaker kind: States, groups, and the rest (offices, reports, organizations). */
  function colour(iri) {
    return iri.indexOf(ng.BASE + 'id/state/') === 0 ? '#1f6fb2'
        : iri.indexOf(ng.BASE + 'id/group/') === 0 ? '#b7791f' : '#6b46c1';
  }

  ng.select(QUERY).then(function (rows) {
    var forums = {};
    var seen = {};
    rows = rows.filter(function (row) {
      var iri = ng.value(row, 'statement');
      return seen[iri] ? false : (seen[iri] = true);
    });
    statements = rows.map(function (row) {
      var forum = ng.value(row, 'forum');
      forums[forum] = ng.name(ng.value(row, 'forumEn'), ng.value(row, 'forumZh'), ng.shortIri(forum));
      return {
        statement: ng.value(row, 'statement'), date: ng.value(row, 'date'), when: when(ng.value(row, 'date')),
        forum: forum, forumName: forums[forum], forumShort: ng.value(row, 'forumShort') || ng.value(row, 'forumEn') || ng.shortIri(forum),
        session: ng.value(row, 'session'),
        sessionName: sessionName(row),
        speaker: ng.value(row, 'speaker'),
        speakerName: ng.name(ng.value(row, 'speakerEn'), ng.value(row, 'speakerZh'), ng.shortIri(ng.value(row, 'speaker'))),
        text: ng.value(row, 'text'), recording: ng.value(row, 'recording'), offset: ng.value(row, 'offset'),
        line: ng.value(row, 'line'), document: ng.value(row, 'document'), colour: colour(ng.value(row, 'speaker')),
        answered: ng.value(row, 'answeredId')
      };
    });
    Object.keys(forums).sort().forEach(function (forum) {
      forumSelect.appendChild(ng.element('option', { value: forum }, forums[forum]));
    });
    forumSelect.addEventListener('change', draw);
    var resized;
    window.addEventListener('resize', function () { clearTimeout(resized); resized = setTimeout(draw, 200); });
    draw();
  }).catch(function (error) { ng.showError(container, error); });
})();

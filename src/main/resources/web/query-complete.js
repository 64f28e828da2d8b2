// Completion of normgraph's own names from this server's endpoint: typing part of a name (Russ, 俄罗斯, 10 bis is
// typed as "10") offers the actors, provisions, forums, topics and norms, and the ontology's classes and
// properties whose label holds it; choosing one writes its IRI (ng:name for the ontology's terms where the query
// declares the ng: prefix). Nothing is asked of another host.
(function () {
  'use strict';
  var ng = window.normgraph;
  var RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
  var SKOS = 'http://www.w3.org/2004/02/skos/core#';
  var OWL = 'http://www.w3.org/2002/07/owl#';
  var TYPES = ['State', 'Group', 'Organization', 'Office', 'Territory', 'DraftProvision', 'Forum', 'Norm']
    .map(function (t) { return ng.NG + t; })
    .concat([SKOS + 'Concept', OWL + 'Class', OWL + 'ObjectProperty', OWL + 'DatatypeProperty']);
  var MOST = 30;
  /** What the words typed found, by the words: each a promise of [{iri, label}]. */
  var found = {};
  /** The label shown beside each offered IRI, by the text that choosing it writes. */
  var shown = {};

  /** Words worth asking about: a letter first, then letters, digits, spaces, hyphens; Chinese from one character. */
  function words(token) {
    var text = token && token.string ? token.string : '';
    if (!/^[\p{L}][\p{L}\p{N}\-]*$/u.test(text)) {
      return null;
    }
    return /[\u3400-\u9fff]/.test(text) || text.length >= 3 ? text : null;
  }

  function ask(typed) {
    var key = typed.toLowerCase();
    if (!found[key]) {
      var query = 'PREFIX rdfs: <' + RDFS + '>\nPREFIX skos: <' + SKOS + '>\n'
        + 'SELECT ?thing (SAMPLE(?name) AS ?label) WHERE {\n'
        + '  VALUES ?type { ' + TYPES.map(function (t) { return '<' + t + '>'; }).join(' ') + ' }\n'
        + '  ?thing a ?type ; rdfs:label|skos:prefLabel ?name .\n'
        + '  FILTER (CONTAINS(LCASE(STR(?name)), "' + key + '"))\n'
        + '} GROUP BY ?thing ORDER BY DESC(STRSTARTS(LCASE(STR(?label)), "' + key + '")) STRLEN(?label) ?label LIMIT '
        + MOST;
      found[key] = ng.select(query).then(function (rows) {
        return rows.map(function (row) { return { iri: row.thing.value, label: row.label.value }; });
      }).catch(function () {
        // Completion is a convenience: when the endpoint cannot answer, the editor simply offers nothing.
        delete found[key];
        return [];
      });
    }
    return found[key];
  }

  function written(yasqe, iri) {
    var declaresNg = /PREFIX\s+ng:\s*<https:\/\/w3id\.org\/normgraph\/ontology#>/i.test(yasqe.getValue());
    if (declaresNg && iri.indexOf(ng.NG) === 0 && /^[A-Za-z][\w-]*$/.test(iri.substring(ng.NG.length))) {
      return 'ng:' + iri.substring(ng.NG.length);
    }
    return '<' + iri + '>';
  }

  Yasgui.Yasqe.registerAutocompleter({
    name: 'normgraph',
    bulk: false,
    autoShow: true,
    isValidCompletionPosition: function (yasqe) {
      var token = yasqe.getCompleteToken();
      return !!words(token) && ['keyword', 'comment', 'string', 'string-2', 'variable-2', 'atom']
        .indexOf(token.type) < 0;
    },
    get: function (yasqe, token) {
      var typed = words(token);
      if (!typed) {
        return Promise.resolve([]);
      }
      return ask(typed).then(function (things) {
        return things.map(function (thing) {
          var text = written(yasqe, thing.iri);
          shown[text] = thing.label;
          return text;
        });
      });
    },
    postprocessHints: function (yasqe, hints) {
      hints.forEach(function (hint) {
        if (shown[hint.text]) {
          hint.displayText = shown[hint.text] + '  ' + ng.shortIri(hint.text.replace(/^<|>$/g, ''));
        }
      });
      return hints;
    }
  }, false);

  window.normgraphCompletion = { ask: ask };
})();

// normgraph's pages ask the server's own SPARQL endpoint (the body's data-endpoint) and nothing else.
(function () {
  'use strict';
  var BASE = 'https://w3id.org/normgraph/';
  var body = document.body;
  var context = body.dataset.context || '';
  var endpoint = body.dataset.endpoint;

  /** The rows of a SELECT query's JSON results: one object per row, variable -> binding. */
  function select(query) {
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: query })
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) { throw new Error('SPARQL ' + response.status + ': ' + text); });
      }
      return response.json();
    }).then(function (json) { return json.results.bindings; });
  }

  /** Where a link to an IRI goes: this server for normgraph's own resources, the IRI itself for other http(s). */
  function href(iri) {
    if (iri.indexOf(BASE + 'id/') === 0 || iri === BASE + 'ontology') {
      return context + '/' + iri.substring(BASE.length);
    }
    if (iri.indexOf(BASE + 'ontology#') === 0) {
      return context + '/ontology#' + iri.substring((BASE + 'ontology#').length);
    }
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function value(row, variable) {
    return row[variable] ? row[variable].value : '';
  }

  /** An element with attributes and children (strings become text, never markup). */
  function element(tag, attributes) {
    var e = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (attributes[name] !== null && attributes[name] !== undefined) {
        e.setAttribute(name, attributes[name]);
      }
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) {
        continue;
      }
      e.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return e;
  }

  /** A link to an IRI where it has somewhere to go (see href), else plain text. */
  function link(iri, text) {
    var target = href(iri);
    return target ? element('a', { href: target }, text) : document.createTextNode(text);
  }

  /** A name for readers of English and Chinese; a thing with a Chinese name alone also shows what it is. */
  function name(english, chinese, fallback) {
    if (english && chinese) {
      return english + ' ' + chinese;
    }
    if (chinese) {
      return chinese + ' (' + fallback + ')';
    }
    return english || fallback;
  }

  /** The last part of an IRI: state/CHN -> CHN. */
  function shortIri(iri) {
    return iri.replace(BASE + 'id/', '').replace(BASE + 'ontology#', 'ng:');
  }

  /** UN Web TV's player starts at the second that kalturaStartTime names (see Recordings.java). */
  function recordingAt(recording, seconds) {
    return recording + (recording.indexOf('?') < 0 ? '?' : '&') + 'kalturaStartTime=' + seconds;
  }

  function minute(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return h > 0 ? h + ':' + two(m) + ':' + two(s) : m + ':' + two(s);
  }

  function showError(container, error) {
    container.textContent = '';
    container.appendChild(element('p', { 'class': 'error' }, 'Could not ask the SPARQL endpoint: ' + error.message));
  }

  window.normgraph = {
    BASE: BASE, NG: BASE + 'ontology#', select: select, href: href, value: value, element: element, link: link,
    name: name, shortIri: shortIri, recordingAt: recordingAt, minute: minute, showError: showError
  };
})();

// The SPARQL editor: YASGUI asking this server's endpoint alone. Prefix, class and property autocompletion would
// ask prefix.cc and LOV, so they are off; the completion of variables and of normgraph's own names
// (query-complete.js, from this endpoint) stay on. The query in the editor
// lives in the URL (#query=…, so a link reopens it) and in this browser's storage (so a reload or a later visit
// finds it); the server keeps nothing.
(function () {
  'use strict';
  var BASE = 'https://w3id.org/normgraph/';
  var STORED = 'normgraph.query.text';
  var context = document.body.dataset.context || '';
  var endpoint = new URL(document.body.dataset.endpoint, window.location.href).href;
  var list = document.getElementById('examples');
  var notice = document.getElementById('query-notice');
  var errorBox = document.getElementById('query-error');

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  // Whatever escapes a handler is still shown in the page, not left to the console alone.
  window.addEventListener('error', function (event) {
    showError('Something went wrong on this page: ' + event.message);
    event.preventDefault();
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    showError('Something went wrong on this page: ' + (reason && reason.message ? reason.message : String(reason)));
    event.preventDefault();
  });

  Yasgui.Yasqe.defaults.autocompleters = ['variables', 'normgraph'];
  Yasgui.Yasr.defaults.pluginOrder = ['labels', 'chart', 'map', 'network', 'table', 'response'];
  Yasgui.Yasr.defaults.defaultPlugin = 'labels';

  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    yasqe: { autocompleters: ['variables', 'normgraph'], persistenceId: null, createShareableLink: null, editorHeight: '18rem' },
    // The raw table (YASR's own) writes normgraph's IRIs short; the links still go to the whole IRI's page.
    yasr: { persistenceId: null, defaultPlugin: 'labels', pluginOrder: ['labels', 'chart', 'map', 'network', 'table', 'response'],
      prefixes: { id: BASE + 'id/', ng: BASE + 'ontology#', xsd: 'http://www.w3.org/2001/XMLSchema#' } }
  });
  var tab = yasgui.getTab();
  var yasqe = tab.getYasqe();

  function storedQuery() {
    try {
      return window.localStorage.getItem(STORED);
    } catch (e) {
      return null;
    }
  }

  function store(query) {
    try {
      window.localStorage.setItem(STORED, query);
    } catch (e) {
      // A browser that keeps nothing (private mode, storage full) still has the query in the URL.
    }
  }

  /** The query a link carries: #query=… as the share link writes it, or ?query=… as a SPARQL protocol URL does. */
  function queryInUrl() {
    var fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    return fragment.get('query') || new URLSearchParams(window.location.search).get('query');
  }

  function shareLink(query) {
    return window.location.origin + window.location.pathname + '#query=' + encodeURIComponent(query);
  }

  // SERVICE clauses: the server calls only the endpoints it was started with (--allow-service); say so first.
  var allowedHosts = (list.dataset.serviceHosts || '').split(/\s+/).filter(Boolean).map(function (entry) {
    return entry.replace(/^[a-z]+:\/\//i, '').replace(/:\d+$/, '').toLowerCase();
  });

  function outsideServices(query) {
    var hosts = [];
    var pattern = /SERVICE\s+(?:SILENT\s+)?<([^>]*)>/gi;
    var match;
    while ((match = pattern.exec(query)) !== null) {
      var host;
      try {
        host = new URL(match[1]).hostname.toLowerCase();
      } catch (e) {
        host = match[1];
      }
      if (hosts.indexOf(host) < 0) {
        hosts.push(host);
      }
    }
    return hosts;
  }

  /** Says which other services the query asks; true when this server may call them all. */
  function announceServices(query) {
    var hosts = outsideServices(query);
    notice.textContent = '';
    notice.hidden = hosts.length === 0;
    if (hosts.length === 0) {
      return true;
    }
    var refused = hosts.filter(function (h) { return allowedHosts.indexOf(h) < 0; });
    var ng = window.normgraph;
    if (refused.length === 0) {
      notice.appendChild(document.createTextNode('This query asks another service (' + hosts.join(', ')
        + '), which this server may call; it needs the internet and can be slow.'));
      return true;
    }
    notice.classList.add('refused');
    notice.appendChild(document.createTextNode('This query asks another service (' + hosts.join(', ')
      + '). This server calls no other host unless started with '));
    notice.appendChild(ng.element('code', {}, 'normgraph serve --allow-service ' + refused.join(' ')));
    notice.appendChild(document.createTextNode(', so it was not run; the endpoint would refuse it. '
      + '此查询需要外部服务，本服务器未允许，因此未运行。'));
    return false;
  }

  /** The first line that the editor marks as not SPARQL (1-based), or 0 where it finds none. */
  function syntaxErrorLine() {
    yasqe.checkSyntax();
    if (yasqe.queryValid) {
      return 0;
    }
    for (var line = 0; line < yasqe.lineCount(); line++) {
      var info = yasqe.lineInfo(line);
      if (info && info.gutterMarkers && info.gutterMarkers.gutterErrorBar) {
        return line + 1;
      }
    }
    return -1;
  }

  // Every run (the triangle, Ctrl+Enter, an example) passes here first: a query that the editor reads as broken,
  // or that asks a service this server may not call, is explained in the page rather than sent to be refused.
  var sendNow = yasqe.query.bind(yasqe);
  var resultsArea = tab.getYasr().rootEl;
  function send(options) {
    resultsArea.classList.remove('not-run');
    // "#defaultView:BarChart" (or LineChart) in the query, as on the Wikidata Query Service, opens the chart.
    if (/#\s*defaultView:\s*(Bar|Line)Chart/i.test(yasqe.getValue())) {
      tab.getYasr().selectPlugin('chart');
    }
    return sendNow(options);
  }
  yasqe.query = function (options) {
    errorBox.hidden = true;
    errorBox.textContent = '';
    // Results of an earlier query would pass for this one's.
    resultsArea.classList.add('not-run');
    if (!announceServices(yasqe.getValue())) {
      return Promise.resolve();
    }
    var line = syntaxErrorLine();
    if (line !== 0) {
      showError('The query is not valid SPARQL' + (line > 0 ? ' at line ' + line + ' (marked in the margin; '
        + 'point at the mark to see what was expected)' : '') + '. 查询语法有误。 ');
      var anyway = window.normgraph.element('button', { type: 'button', 'class': 'run-anyway' },
        'Send it to the server anyway');
      anyway.addEventListener('click', function () {
        errorBox.hidden = true;
        send(options).catch(function () { /* YASR shows the server's answer */ });
      });
      errorBox.appendChild(anyway);
      return Promise.resolve();
    }
    return send(options);
  };

  function run() {
    yasqe.query().catch(function () {
      // YASR shows the failure (status and message) in the results.
    });
  }

  function examples() {
    return Array.prototype.slice.call(list.querySelectorAll('a.example'));
  }

  function markCurrent(anchor) {
    examples().forEach(function (a) { a.classList.toggle('current', a === anchor); });
  }

  var current = null;

  function setQuery(query) {
    current = query;
    yasqe.setValue(query);
    announceServices(query);
  }

  function open(anchor) {
    setQuery(anchor.parentNode.querySelector('.example-text').textContent);
    tab.setName(anchor.dataset.file.replace(/\.rq$/, ''));
    markCurrent(anchor);
    store(current);
  }

  examples().forEach(function (anchor) {
    anchor.addEventListener('click', function (event) {
      event.preventDefault();
      open(anchor);
      window.history.replaceState(null, '', '?example=' + encodeURIComponent(anchor.dataset.file));
      document.getElementById('yasgui').scrollIntoView();
      run();
    });
  });

  // The gallery's search: every word typed must occur in an example's question, lines, file name or query.
  var search = document.getElementById('example-search');
  search.addEventListener('input', function () {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(list.querySelectorAll('.example-item'), function (item) {
      var text = item.textContent.toLowerCase();
      item.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      shown += item.hidden ? 0 : 1;
    });
    Array.prototype.forEach.call(list.querySelectorAll('.example-group'), function (group) {
      group.hidden = group.querySelectorAll('.example-item:not([hidden])').length === 0;
    });
    document.getElementById('example-none').hidden = shown > 0;
  });

  var shared = queryInUrl();
  var asked = new URLSearchParams(window.location.search).get('example');
  var byFile = function (file) { return examples().filter(function (a) { return a.dataset.file === file; })[0]; };
  if (shared !== null && shared !== '') {
    setQuery(shared);
    run();
  } else if (asked && byFile(asked)) {
    open(byFile(asked));
    run();
  } else if (storedQuery()) {
    setQuery(storedQuery());
    markCurrent(examples().filter(function (a) {
      return a.parentNode.querySelector('.example-text').textContent === current;
    })[0]);
  } else if (byFile(list.dataset.first) || examples()[0]) {
    open(byFile(list.dataset.first) || examples()[0]);
    run();
  }

  // An edit is kept: in this browser, and in the URL, which then reopens it (the example's name no longer does).
  var pending = null;
  yasqe.on('change', function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      var query = yasqe.getValue();
      if (query === current) {
        return;
      }
      current = query;
      store(query);
      window.history.replaceState(null, '', window.location.pathname + '#query=' + encodeURIComponent(query));
      markCurrent(null);
      updateDownloads();
    }, 300);
  });

  document.getElementById('share').addEventListener('click', function () {
    var field = document.getElementById('share-link');
    field.value = shareLink(yasqe.getValue());
    field.hidden = false;
    field.focus();
    field.select();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).catch(function () {
        // Not allowed to write the clipboard: the link stands selected in the field, ready to copy.
      });
    }
  });

  // Labels in English or Chinese: the results are drawn again, the labels already fetched.
  var language = document.getElementById('label-language');
  language.value = window.normgraphLabels.language();
  language.addEventListener('change', function () {
    window.normgraphLabels.setLanguage(language.value);
    var yasr = tab.getYasr();
    if (yasr.results) {
      yasr.draw();
    }
  });

  // Result tables link normgraph's IRIs to their pages on this server, in this window.
  function localLinks(root) {
    Array.prototype.forEach.call(root.querySelectorAll('a[href^="' + BASE + '"]'), function (a) {
      var iri = a.getAttribute('href');
      if (iri.indexOf(BASE + 'id/') === 0 || iri.indexOf(BASE + 'ontology') === 0) {
        a.setAttribute('href', context + '/' + iri.substring(BASE.length));
        a.removeAttribute('target');
      }
    });
  }
  var results = document.getElementById('yasgui');
  new MutationObserver(function () { localLinks(results); }).observe(results, { childList: true, subtree: true });

  // Downloads ask the endpoint again for the query in the editor, in the format chosen: tables for SELECT,
  // graphs (Turtle, JSON-LD) for CONSTRUCT and DESCRIBE.
  var EXTENSIONS = { 'json-ld': 'jsonld' };
  function updateDownloads() {
    var type = yasqe.getQueryType ? yasqe.getQueryType() : 'SELECT';
    var graph = type === 'CONSTRUCT' || type === 'DESCRIBE';
    document.querySelector('.graph-downloads').hidden = !graph;
    ['download-csv', 'download-tsv'].forEach(function (id) {
      document.getElementById(id).hidden = graph;
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('.downloads a[data-format]'), function (a) {
    a.addEventListener('click', function () {
      var format = a.dataset.format;
      a.setAttribute('href', endpoint + '?query=' + encodeURIComponent(yasqe.getValue()) + '&output=' + format);
      a.setAttribute('download', 'normgraph-results.' + (EXTENSIONS[format] || format));
    });
  });
  updateDownloads();

  window.normgraphYasgui = yasgui;
})();

// The SPARQL editor: YASGUI asking this server's endpoint alone. Prefix, class and property autocompletion would
// ask prefix.cc and LOV, so only the completion of variables (which asks nobody) stays on.
(function () {
  'use strict';
  var BASE = 'https://w3id.org/normgraph/';
  var context = document.body.dataset.context || '';
  var endpoint = new URL(document.body.dataset.endpoint, window.location.href).href;
  var list = document.getElementById('examples');

  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  Yasgui.Yasr.defaults.pluginOrder = ['table', 'response'];

  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    yasqe: { autocompleters: ['variables'], persistenceId: null },
    // Result tables write normgraph's IRIs short (id:state/AUS); the links still go to the whole IRI's page.
    yasr: { persistenceId: null, prefixes: { id: BASE + 'id/', ng: BASE + 'ontology#',
      xsd: 'http://www.w3.org/2001/XMLSchema#' } }
  });

  function examples() {
    return Array.prototype.slice.call(list.querySelectorAll('a.example'));
  }

  function open(anchor) {
    var tab = yasgui.getTab();
    tab.setQuery(anchor.parentNode.querySelector('.example-text').textContent);
    tab.setName(anchor.dataset.file.replace(/\.rq$/, ''));
    examples().forEach(function (a) { a.classList.toggle('current', a === anchor); });
  }

  examples().forEach(function (anchor) {
    anchor.addEventListener('click', function (event) {
      event.preventDefault();
      open(anchor);
      window.history.replaceState(null, '', '?example=' + encodeURIComponent(anchor.dataset.file));
      document.getElementById('yasgui').scrollIntoView();
    });
  });
  var asked = new URLSearchParams(window.location.search).get('example') || list.dataset.first;
  var first = examples().filter(function (a) { return a.dataset.file === asked; })[0] || examples()[0];
  if (first) {
    open(first);
  }

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

  // Downloads ask the endpoint again for the query in the editor, in the format chosen.
  Array.prototype.forEach.call(document.querySelectorAll('.downloads a[data-format]'), function (a) {
    a.addEventListener('click', function () {
      var query = yasgui.getTab().getQuery();
      a.setAttribute('href', endpoint + '?query=' + encodeURIComponent(query) + '&output=' + a.dataset.format);
      a.setAttribute('download', 'normgraph-results.' + a.dataset.format);
    });
  });

  window.normgraphYasgui = yasgui;
})();

// The interactive view of `graph export --format html`: draws the embedded graph with Cytoscape.js (inlined
// above), and wires the search box, the filters and the evidence panel. No network access.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var colours = { Person: '#4C8EDA', Country: '#3FA66B', Organization: '#F08A4B', Location: '#A46FB5' };
  var actors = new Map(data.actors.map(function (a) { return [a.id, a]; }));
  var events = new Map(data.events.map(function (e) { return [e.id, e]; }));
  var articles = new Map(data.articles.map(function (a) { return [a.id, a]; }));
  var eventsOf = new Map();
  data.events.forEach(function (e) {
    e.participants.forEach(function (p) {
      if (!eventsOf.has(p.actor)) eventsOf.set(p.actor, []);
      eventsOf.get(p.actor).push(e);
    });
  });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function nameOf(id) { return actors.has(id) ? actors.get(id).name : id; }

  function toneOf(goldstein) { return goldstein < 0 ? '#D9534F' : goldstein > 0 ? '#2E8B57' : '#8A8F94'; }

  // --- the graph ----------------------------------------------------------------------------------------
  var degree = new Map();
  data.links.forEach(function (l) {
    degree.set(l.source, (degree.get(l.source) || 0) + 1);
    degree.set(l.target, (degree.get(l.target) || 0) + 1);
  });
  var maxDegree = Math.max(1, Math.max.apply(null, Array.from(degree.values()).concat([1])));
  var count = data.actors.length;
  var radius = Math.max(150, count * 12);
  var elements = data.actors.map(function (a, i) {
    // A circle to start from keeps the layout the same on every load.
    var angle = 2 * Math.PI * i / Math.max(1, count);
    return {
      group: 'nodes',
      data: { id: a.id, label: a.name, type: a.type, colour: colours[a.type] || '#999', degree: degree.get(a.id) || 0 },
      position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }
    };
  }).concat(data.links.map(function (l) {
    return {
      group: 'edges',
      data: {
        id: l.id, source: l.source, target: l.target, kind: l.kind, ref: l.ref, label: l.label,
        colour: l.kind === 'role' ? '#B0BEC5' : toneOf(l.goldstein)
      },
      classes: (l.directed ? 'directed ' : '') + l.kind
    };
  }));

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    layout: { name: 'preset' },
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 12, 'color': '#222',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2,
        'width': 'mapData(degree, 0, ' + maxDegree + ', 18, 48)', 'height': 'mapData(degree, 0, ' + maxDegree + ', 18, 48)',
        'border-width': 1, 'border-color': '#fff' } },
      { selector: 'edge', style: {
        'width': 1.6, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'curve-style': 'bezier',
        'label': 'data(label)', 'font-size': 10, 'color': '#455A64', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 } },
      { selector: 'edge.role', style: { 'line-style': 'dashed' } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#FFC107' } },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#263238', 'line-color': '#263238', 'target-arrow-color': '#263238' } }
    ]
  });

  // --- filters ------------------------------------------------------------------------------------------
  var typesBox = document.getElementById('types');
  var typeCounts = new Map();
  data.events.forEach(function (e) { typeCounts.set(e.type, (typeCounts.get(e.type) || 0) + 1); });
  var typeInputs = [];
  Array.from(typeCounts.keys()).sort().forEach(function (type) {
    var label = el('label');
    var input = el('input');
    input.type = 'checkbox';
    input.checked = true;
    input.value = type;
    input.dataset.type = type;
    typeInputs.push(input);
    label.appendChild(input);
    label.appendChild(document.createTextNode(' ' + type + ' '));
    label.appendChild(el('span', 'count', '(' + typeCounts.get(type) + ')'));
    typesBox.appendChild(label);
  });
  var rolesLabel = el('label');
  var rolesInput = el('input');
  rolesInput.type = 'checkbox';
  rolesInput.checked = true;
  rolesInput.id = 'roles';
  rolesLabel.appendChild(rolesInput);
  rolesLabel.appendChild(document.createTextNode(' Roles (dashed) '));
  rolesLabel.appendChild(el('span', 'count', '(' + data.roles.length + ')'));
  typesBox.appendChild(rolesLabel);

  var legend = document.getElementById('legend');
  Object.keys(colours).forEach(function (type) {
    var n = data.actors.filter(function (a) { return a.type === type; }).length;
    if (n === 0) return;
    var row = el('div');
    var swatch = el('span', 'swatch');
    swatch.style.background = colours[type];
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(type + ' '));
    row.appendChild(el('span', 'count', '(' + n + ')'));
    legend.appendChild(row);
  });
  [['#2E8B57', 'cooperation (Goldstein > 0)'], ['#8A8F94', 'neutral'], ['#D9534F', 'conflict (Goldstein < 0)']].forEach(function (tone) {
    var row = el('div');
    var line = el('span', 'line');
    line.style.background = tone[0];
    row.appendChild(line);
    row.appendChild(document.createTextNode(tone[1]));
    legend.appendChild(row);
  });

  var fromInput = document.getElementById('date-from');
  var toInput = document.getElementById('date-to');
  var undatedInput = document.getElementById('undated');
  var status = document.getElementById('status');

  function passes(e) {
    if (!typeInputs.some(function (i) { return i.checked && i.value === e.type; })) return false;
    if (!e.date) return undatedInput.checked;
    if (fromInput.value && e.date < fromInput.value) return false;
    if (toInput.value && e.date > toInput.value) return false;
    return true;
  }

  function applyFilters() {
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        var d = edge.data();
        var show = d.kind === 'role' ? rolesInput.checked : passes(events.get(d.ref));
        edge.toggleClass('hidden', !show);
      });
      cy.nodes().forEach(function (node) {
        var show = node.connectedEdges().some(function (e) { return !e.hasClass('hidden'); })
          || (eventsOf.get(node.id()) || []).some(passes);
        node.toggleClass('hidden', !show);
      });
    });
    var shownEvents = data.events.filter(passes).length;
    status.textContent = cy.nodes().not('.hidden').length + ' actors, ' + cy.edges().not('.hidden').length + ' links, '
      + shownEvents + ' of ' + data.events.length + ' events';
  }

  typeInputs.concat([rolesInput, undatedInput]).forEach(function (i) { i.addEventListener('change', applyFilters); });
  [fromInput, toInput].forEach(function (i) { i.addEventListener('change', applyFilters); i.addEventListener('input', applyFilters); });

  // --- search -------------------------------------------------------------------------------------------
  var search = document.getElementById('search');
  var searchResult = document.getElementById('search-result');

  function matches(q) {
    return cy.nodes().filter(function (node) {
      var a = actors.get(node.id());
      return [a.name].concat(a.aliases || []).some(function (n) { return n.toLowerCase().indexOf(q) >= 0; });
    });
  }

  search.addEventListener('input', function () {
    var q = search.value.trim().toLowerCase();
    cy.elements().removeClass('faded match');
    if (!q) { searchResult.textContent = ''; return; }
    var found = matches(q);
    found.addClass('match');
    cy.elements().not(found).not(found.connectedEdges()).addClass('faded');
    searchResult.textContent = found.length === 1 ? '1 actor' : found.length + ' actors';
  });
  search.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    var q = search.value.trim().toLowerCase();
    var found = q ? matches(q) : cy.collection();
    if (found.length === 0) return;
    var first = found[0];
    cy.elements().unselect();
    first.select();
    cy.animate({ center: { eles: first }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    showActor(first.id());
  });

  // --- evidence panel -----------------------------------------------------------------------------------
  var details = document.getElementById('details');

  function articleLine(id, evidence) {
    var box = el('div');
    if (evidence) box.appendChild(el('blockquote', 'evidence', evidence));
    var a = articles.get(id);
    var source = el('div', 'source', '— ');
    if (a && a.url) {
      var link = el('a', null, a.title);
      link.href = a.url;
      link.target = '_blank';
      link.rel = 'noopener';
      source.appendChild(link);
    } else {
      source.appendChild(el('span', 'title', a ? a.title : id));
    }
    if (a && a.published) source.appendChild(document.createTextNode(', ' + a.published));
    if (a && !a.url && a.source) source.appendChild(document.createTextNode(' (' + a.source + ')'));
    box.appendChild(source);
    return box;
  }

  function eventCard(e) {
    var card = el('div', 'event');
    card.dataset.event = e.id;
    var head = [e.date || 'undated', e.type].join(' · ');
    card.appendChild(el('div', 'head', head));
    var who = e.participants.map(function (p) { return nameOf(p.actor) + ' (' + p.role + ')'; }).join(', ');
    if (e.placeName) who += ' · in ' + e.placeName;
    card.appendChild(el('div', 'who', who));
    card.appendChild(el('div', 'source', 'CAMEO ' + (e.cameo || '?') + ', Goldstein ' + e.goldstein));
    if (e.quote) card.appendChild(el('div', 'quote', '“' + e.quote + '”'));
    e.reports.forEach(function (r) { card.appendChild(articleLine(r.article, r.evidence)); });
    return card;
  }

  function byDate(a, b) { return (a.date || '9999').localeCompare(b.date || '9999') || a.type.localeCompare(b.type); }

  function showActor(id) {
    var a = actors.get(id);
    details.replaceChildren();
    details.appendChild(el('h2', null, a.name));
    details.appendChild(el('p', 'meta', a.type + (a.aliases && a.aliases.length ? ' · also ' + a.aliases.join(', ') : '') + ' · ' + a.id));
    var roles = data.roles.filter(function (r) { return r.person === id || r.holder === id; });
    if (roles.length) {
      details.appendChild(el('h3', null, 'Roles'));
      roles.forEach(function (r) {
        var card = el('div', 'event');
        card.appendChild(el('div', 'head', nameOf(r.person) + ': ' + r.title + ', ' + nameOf(r.holder)));
        if (r.article) card.appendChild(articleLine(r.article, r.evidence));
        details.appendChild(card);
      });
    }
    var own = (eventsOf.get(id) || []).slice().sort(byDate);
    details.appendChild(el('h3', null, 'Events (' + own.length + ')'));
    own.forEach(function (e) { details.appendChild(eventCard(e)); });
  }

  function showLink(d) {
    details.replaceChildren();
    if (d.kind === 'role') {
      var r = data.roles[Number(d.ref)];
      details.appendChild(el('h2', null, nameOf(r.person) + ': ' + r.title));
      details.appendChild(el('p', 'meta', 'Role held for ' + nameOf(r.holder)));
      if (r.article) details.appendChild(articleLine(r.article, r.evidence));
      return;
    }
    var e = events.get(d.ref);
    details.appendChild(el('h2', null, e.type + ': ' + nameOf(d.source) + ' – ' + nameOf(d.target)));
    details.appendChild(eventCard(e));
  }

  cy.on('tap', 'node', function (event) { showActor(event.target.id()); });
  cy.on('tap', 'edge', function (event) { showLink(event.target.data()); });

  // --- layout -------------------------------------------------------------------------------------------
  var layout = cy.layout({ name: 'cose', randomize: false, animate: false, nodeRepulsion: function () { return 60000; },
    idealEdgeLength: function () { return 90; }, numIter: 1500, padding: 30 });
  layout.one('layoutstop', function () {
    cy.fit(undefined, 30);
    applyFilters();
    document.body.dataset.ready = 'true';
  });
  layout.run();

  // For scripts and tests driving the page.
  window.graphView = { cy: cy, data: data, applyFilters: applyFilters, showActor: showActor };
})();

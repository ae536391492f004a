// news-extract report: renders the JSON block #nx-data. Article text reaches the
// page only through text nodes and attributes, never as markup. Offsets are
// Unicode code points, so texts are sliced as Array.from(text), not by UTF-16 index.
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('nx-data').textContent);
  var docs = DATA.docs;
  var corpus = DATA.corpus;
  var app = document.getElementById('app');
  var LABELS = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other name' };
  var QUAL = { at_least: '≥', more_than: '>', about: '≈', up_to: '≤', less_than: '<' };
  // Outer marks first when two spans are the same: anatomy, quote, speaker/cue, fragment, entity, number.
  var RANK = { title: 0, heading: 0, dateline: 0, byline: 0, boilerplate: 0, author: 1, quote: 2,
    speaker: 3, cue: 3, fragment: 4, entity: 5, number: 6 };
  var PAGE = 200;

  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, String(attrs[k]));
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function add(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { add(parent, c); }); return; }
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  function isFailed(d) { return d && d.error !== undefined && d.error !== null; }
  function titleOf(d) {
    if (d.meta && d.meta.title) return d.meta.title;
    if (typeof d.text === 'string') {
      var cps = d._cps || (d._cps = Array.from(d.text));
      if (d.title) return cps.slice(d.title.start, d.title.end).join('');
      // The first line after any boilerplate at the top (an address block is no title).
      var from = 0, moved = true;
      while (moved) {
        moved = false;
        (d.boilerplate || []).forEach(function (b) { if (b.start <= from && b.end > from) { from = b.end; moved = true; } });
        while (from < cps.length && /\s/.test(cps[from])) { from++; moved = true; }
      }
      var line = cps.slice(from, from + 400).join('').split('\n')[0];
      return line.length > 90 ? line.slice(0, 90) + '…' : line;
    }
    return '';
  }
  function fmt(x) { return Number.isInteger(x) ? String(x) : String(+x.toPrecision(6)); }
  // The normalised reading of a number: "at least 3,000 soldiers" -> "≥ 3000 soldiers".
  function reading(n) {
    var cur = n.currency ? n.currency + ' ' : '';
    var pct = n.kind === 'percent' ? '%' : '';
    var core;
    if (n.kind === 'ordinal' && n.value !== null && n.value !== undefined) core = 'ordinal ' + fmt(n.value);
    else if (n.value !== null && n.value !== undefined) core = (n.qualifier ? QUAL[n.qualifier] + ' ' : '') + cur + fmt(n.value) + pct;
    else if (n.low !== null && n.low !== undefined && n.high !== null && n.high !== undefined) core = cur + fmt(n.low) + '–' + fmt(n.high) + pct;
    else if (n.low !== null && n.low !== undefined) core = '≥ ' + cur + fmt(n.low) + pct;
    else if (n.high !== null && n.high !== undefined) core = '≤ ' + cur + fmt(n.high) + pct;
    else core = '(no value)';
    return core + (n.unit ? ' ' + n.unit : '') + (n.per ? ' per ' + n.per : '');
  }
  var idIndex = {};
  docs.forEach(function (d, i) { if (d && typeof d.id === 'string' && !(d.id in idIndex)) idIndex[d.id] = i; });
  function docLink(id, start, end, label) {
    var i = idIndex[id];
    if (i === undefined) return el('span', { class: 'muted' }, label || id);
    var href = '#doc/' + i + (start !== undefined && start !== null ? '/' + start + '/' + end : '');
    return el('a', { href: href, 'data-doc-link': i }, label || id);
  }

  // ---------- marks ----------
  function collectSpans(d) {
    var out = [];
    function push(s, kind, info) {
      if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return;
      out.push({ start: s.start, end: Math.max(s.start, s.end), kind: kind, rank: RANK[kind], seq: out.length, info: info || {}, children: [] });
    }
    push(d.title, 'title');
    (d.headings || []).forEach(function (h) { push(h, 'heading'); });
    push(d.dateline, 'dateline', { place: d.dateline && d.dateline.place });
    push(d.byline, 'byline');
    (d.authors || []).forEach(function (a) { push(a, 'author'); });
    (d.boilerplate || []).forEach(function (b) { push(b, 'boilerplate', { kind: b.kind }); });
    var shared = {};
    function pushShared(s, kind, qi) {
      if (!s) return;
      var key = kind + ':' + s.start + ':' + s.end;
      if (shared[key]) { shared[key].info.quotes.push(qi); return; }
      push(s, kind, { quotes: [qi], name: s.name });
      shared[key] = out[out.length - 1];
    }
    (d.quotes || []).forEach(function (q, i) {
      push(q, 'quote', { index: i, q: q });
      (q.fragments || []).forEach(function (f) { push(f, 'fragment', { quote: i }); });
      pushShared(q.speaker, 'speaker', i);
      pushShared(q.cue, 'cue', i);
    });
    (d.entities || []).forEach(function (e, i) { push(e, 'entity', { index: i, e: e }); });
    (d.numbers || []).forEach(function (n, i) { push(n, 'number', { index: i, n: n }); });
    out.sort(function (a, b) { return a.start - b.start || b.end - a.end || a.rank - b.rank || a.seq - b.seq; });
    return out;
  }
  // Spans nest where they nest. A span that crosses the one it starts in is cut at
  // that span's end: its element then holds a prefix of it, and carries the whole
  // span in data-start, data-end, data-text, with data-crossing="true".
  function nest(spans, n) {
    var root = { start: 0, end: n, from: 0, to: n, children: [] };
    var stack = [root];
    spans.forEach(function (s) {
      s.from = Math.min(s.start, n);
      s.to = Math.min(s.end, n);
      while (stack.length > 1 && stack[stack.length - 1].to <= s.from) stack.pop();
      var top = stack[stack.length - 1];
      if (s.to > top.to) { s.to = top.to; s.crossing = true; }
      if (s.end > n) s.crossing = true;
      top.children.push(s);
      stack.push(s);
    });
    return root;
  }
  function quoteTitle(q) {
    var who = q.speaker ? q.speaker.name : 'no speaker found';
    return (q.negated ? 'negated ' : '') + q.kind + ' quotation — ' + who + (q.cue ? ' (' + q.cue_text + ')' : '');
  }
  function makeMark(s, cps, di) {
    var a = { 'data-kind': s.kind, 'data-start': s.start, 'data-end': s.end, 'data-doc': di };
    if (s.crossing) { a['data-crossing'] = 'true'; a['data-text'] = cps.slice(s.start, s.end).join(''); }
    var tag = 'span', info = s.info;
    switch (s.kind) {
      case 'entity':
        tag = 'mark';
        a['class'] = 'ent ent-' + info.e.label; a['data-label'] = info.e.label; a['data-index'] = info.index;
        a.tabindex = 0; a.title = (LABELS[info.e.label] || info.e.label) + ' (' + info.e.label + ')' +
          (typeof info.e.score === 'number' ? ' · score ' + info.e.score.toFixed(2) : '');
        break;
      case 'quote':
        var q = info.q;
        if (q.cue) q.cue_text = cps.slice(q.cue.start, q.cue.end).join('');
        a['class'] = 'quote'; a['data-quote-kind'] = q.kind; a['data-index'] = info.index;
        a['data-speaker'] = q.speaker ? q.speaker.name : ''; a['data-negated'] = q.negated ? 'true' : 'false';
        a.tabindex = 0; a.title = quoteTitle(q);
        break;
      case 'speaker':
        a['class'] = 'speaker'; a['data-name'] = info.name || ''; a['data-quotes'] = info.quotes.join(' ');
        a.tabindex = 0; a.title = 'speaker: ' + (info.name || '') + ' — ' + info.quotes.length + ' quotation' + (info.quotes.length === 1 ? '' : 's') + ' here';
        break;
      case 'cue': a['class'] = 'cue'; a['data-quotes'] = info.quotes.join(' '); a.title = 'reporting cue'; break;
      case 'fragment': a['class'] = 'fragment'; a['data-quote'] = info.quote; break;
      case 'number':
        a['class'] = 'num'; a['data-number-kind'] = info.n.kind; a['data-index'] = info.index;
        a['data-reading'] = reading(info.n); a.tabindex = 0; a.title = a['data-reading'] + ' (' + info.n.kind + ')';
        break;
      case 'boilerplate': a['class'] = 'anat-boilerplate'; a['data-boilerplate-kind'] = info.kind; break;
      case 'dateline': a['class'] = 'anat-dateline'; a['data-place'] = info.place; break;
      default: a['class'] = 'anat-' + s.kind;
    }
    return el(tag, a);
  }
  function renderInto(parent, node, cps, di) {
    var pos = node.from;
    node.children.forEach(function (c) {
      if (c.from > pos) parent.appendChild(document.createTextNode(cps.slice(pos, c.from).join('')));
      var m = makeMark(c, cps, di);
      parent.appendChild(m);
      renderInto(m, c, cps, di);
      pos = Math.max(pos, c.to);
    });
    if (node.to > pos) parent.appendChild(document.createTextNode(cps.slice(pos, node.to).join('')));
  }
  function counts(d) {
    return [(d.entities || []).length + ' entities', (d.quotes || []).length + ' quotations', (d.numbers || []).length + ' numbers'].join(' · ');
  }
  function renderArticle(di) {
    var d = docs[di];
    if (!d || typeof d !== 'object') return el('article', { class: 'doc' }, 'no such article');
    var head = el('header', null, el('h2', { id: 'doc-h-' + di }, String(d.id)));
    if (isFailed(d)) {
      return el('article', { class: 'doc failed', 'data-kind': 'failed', 'data-doc': di, 'data-error-kind': d.error.kind, 'aria-labelledby': 'doc-h-' + di },
        head, el('p', { class: 'meta' }, String(d.source || '')),
        el('p', { class: 'error' }, 'Failed (' + d.error.kind + '): ', d.error.message));
    }
    var meta = [String(d.source || '')];
    if (d.meta) ['source', 'date', 'url'].forEach(function (k) { if (d.meta[k]) meta.push(String(d.meta[k])); });
    meta.push(counts(d));
    head.appendChild(el('p', { class: 'meta' }, meta.join(' · ')));
    var body = el('div', { class: 'text' });
    if (typeof d.text === 'string') {
      var cps = d._cps || (d._cps = Array.from(d.text));
      renderInto(body, nest(collectSpans(d), cps.length), cps, di);
    } else {
      // The run left the text out: list the spans by their own text.
      body.appendChild(el('p', { class: 'muted' }, 'The run left the text out (output.include_text = false).'));
      [['entities', 'entity'], ['quotes', 'quote'], ['numbers', 'number']].forEach(function (p) {
        (d[p[0]] || []).forEach(function (s, i) {
          add(body, [el('span', { 'data-kind': p[1], 'data-index': i, 'data-doc': di, 'data-label': s.label, 'data-quote-kind': p[1] === 'quote' ? s.kind : null }, String(s.text)), ' · ']);
        });
      });
    }
    return el('article', { class: 'doc', 'data-doc': di, 'aria-labelledby': 'doc-h-' + di }, head, body);
  }

  // ---------- layout ----------
  var failedCount = docs.filter(isFailed).length;
  var tabs = el('nav', { class: 'tabs', 'aria-label': 'Views' },
    el('a', { href: '#articles', 'data-view': 'articles' }, 'Articles (' + docs.length + ')'),
    el('a', { href: '#corpus', 'data-view': 'corpus' }, 'Corpus'),
    (DATA.problems.length || failedCount) ? el('a', { href: '#problems', 'data-view': 'problems' }, 'Problems (' + (DATA.problems.length + failedCount) + ')') : null);
  var searchInput = el('input', { type: 'search', id: 'search', placeholder: 'entity or speaker…', 'aria-label': 'Filter articles by entity or speaker', autocomplete: 'off' });
  var header = el('header', { class: 'top' },
    el('a', { class: 'skip', href: '#article-pane' }, 'Skip to the article'),
    el('h1', null, DATA.title),
    tabs,
    el('div', { class: 'search', role: 'search' }, el('label', { for: 'search' }, 'Filter'), searchInput),
    DATA.sources.length ? el('div', { class: 'sources' }, DATA.sources.join(' · ')) : null);
  document.title = DATA.title;
  app.appendChild(header);
  if (DATA.problems.length) {
    app.appendChild(el('div', { class: 'banner', role: 'status' },
      DATA.problems.length + ' line' + (DATA.problems.length === 1 ? '' : 's') + ' could not be read; the rest is shown. ',
      el('a', { href: '#problems' }, 'See the problems.')));
  }
  var listBox = el('nav', { id: 'doc-list', 'aria-label': 'Articles' });
  var pane = el('main', { id: 'article-pane', tabindex: -1 });
  var detail = el('aside', { id: 'detail', 'aria-live': 'polite', 'aria-label': 'Details' },
    el('p', { class: 'muted' }, 'Select a mark (click, or Tab then Enter) to see its details.'));
  var views = {
    articles: el('div', { class: 'view', id: 'view-articles' }, listBox, pane, detail),
    corpus: el('div', { class: 'view', id: 'view-corpus' }),
    problems: el('div', { class: 'view', id: 'view-problems' })
  };
  Object.keys(views).forEach(function (k) { app.appendChild(views[k]); });

  // ---------- article list and search ----------
  var searchIndex = null;
  function buildIndex() {
    searchIndex = docs.map(function (d) {
      if (!d || typeof d !== 'object') return '';
      var parts = [String(d.id), titleOf(d)];
      var cps = typeof d.text === 'string' ? (d._cps || (d._cps = Array.from(d.text))) : null;
      var slice = function (s) { return s.text !== undefined ? s.text : (cps ? cps.slice(s.start, s.end).join('') : ''); };
      (d.entities || []).forEach(function (e) { parts.push(slice(e)); });
      (d.quotes || []).forEach(function (q) { if (q.speaker) { parts.push(q.speaker.name); parts.push(slice(q.speaker)); } });
      return parts.join('\n').toLowerCase();
    });
  }
  var matches = docs.map(function (_, i) { return i; });
  var shown = 0, currentDoc = -1;
  function filter(query) {
    var q = query.trim().toLowerCase();
    if (!q) matches = docs.map(function (_, i) { return i; });
    else {
      if (!searchIndex) buildIndex();
      matches = [];
      searchIndex.forEach(function (s, i) { if (s.indexOf(q) >= 0) matches.push(i); });
    }
    shown = 0;
    drawList();
  }
  function drawList() {
    listBox.textContent = '';
    listBox.appendChild(el('div', { class: 'count', role: 'status' }, matches.length + ' of ' + docs.length + ' articles'));
    var ul = el('ul');
    listBox.appendChild(ul);
    shown = 0;
    more(ul);
  }
  function more(ul) {
    var old = listBox.querySelector('button.more');
    if (old) old.remove();
    var end = Math.min(matches.length, shown + PAGE);
    for (var k = shown; k < end; k++) {
      var i = matches[k], d = docs[i];
      ul.appendChild(el('li', { class: isFailed(d) ? 'failed' : null },
        el('a', { href: '#doc/' + i, 'data-doc-link': i, 'aria-current': i === currentDoc ? 'true' : null },
          el('span', { class: 'id' }, String(d && d.id)), d ? titleOf(d) : '')));
    }
    shown = end;
    if (shown < matches.length) {
      var b = el('button', { class: 'more', type: 'button' }, 'Show ' + Math.min(PAGE, matches.length - shown) + ' more (' + (matches.length - shown) + ' left)');
      b.addEventListener('click', function () { more(ul); });
      listBox.appendChild(b);
    }
  }
  var timer = null;
  searchInput.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { filter(searchInput.value); }, 120);
  });
  function searchFor(text) {
    searchInput.value = text;
    filter(text);
    if (location.hash.indexOf('#doc/') !== 0) location.hash = matches.length ? '#doc/' + matches[0] : '#articles';
  }

  // ---------- details on a mark ----------
  function clearHighlights() {
    document.querySelectorAll('.is-active, .is-linked').forEach(function (e) { e.classList.remove('is-active', 'is-linked'); });
  }
  function markAt(article, kind, s) {
    return s ? article.querySelector('[data-kind="' + kind + '"][data-start="' + s.start + '"][data-end="' + s.end + '"]') : null;
  }
  function spanText(d, s) { return s ? d._cps.slice(s.start, s.end).join('') : ''; }
  function activate(m) {
    var article = m.closest('article'), di = +m.getAttribute('data-doc'), d = docs[di], kind = m.getAttribute('data-kind');
    clearHighlights();
    m.classList.add('is-active');
    detail.textContent = '';
    if (kind === 'quote') {
      var q = d.quotes[+m.getAttribute('data-index')];
      var sp = markAt(article, 'speaker', q.speaker), cue = markAt(article, 'cue', q.cue);
      if (sp) sp.classList.add('is-linked');
      if (cue) cue.classList.add('is-linked');
      add(detail, [el('h3', null, (q.negated ? 'Negated ' : '') + q.kind + ' quotation'),
        el('blockquote', null, spanText(d, q)),
        el('p', null, 'Speaker: ', q.speaker ? speakerButton(q.speaker.name, sp) : 'none found',
          q.speaker && spanText(d, q.speaker) !== q.speaker.name ? ' (written “' + spanText(d, q.speaker) + '”)' : ''),
        el('p', null, 'Cue: ', q.cue ? spanText(d, q.cue) : 'none'),
        el('p', { class: 'muted' }, 'score ' + q.score)]);
    } else if (kind === 'speaker') {
      var name = m.getAttribute('data-name');
      var idx = m.getAttribute('data-quotes').split(' ').map(Number);
      add(detail, el('h3', null, name));
      var ul = el('ul');
      idx.forEach(function (qi) {
        var q = d.quotes[qi], qm = markAt(article, 'quote', q);
        if (qm) qm.classList.add('is-linked');
        var b = el('button', { type: 'button', class: 'linkish' }, q.kind + ': “' + spanText(d, q).slice(0, 140) + '”');
        b.addEventListener('click', function () { if (qm) { qm.focus(); activate(qm); } });
        ul.appendChild(el('li', null, b));
      });
      add(detail, [el('p', null, idx.length + ' quotation' + (idx.length === 1 ? '' : 's') + ' in this article:'), ul]);
      var row = (corpus.speakers || []).filter(function (s) { return s.name === name; })[0];
      if (row) add(detail, el('p', null, 'In the corpus: ' + row.quotes + ' quotations in ' + (row.documents || []).length + ' articles.'));
      add(detail, el('p', null, filterButton(name, 'Articles quoting ' + name)));
    } else if (kind === 'entity') {
      var e = d.entities[+m.getAttribute('data-index')], text = spanText(d, e);
      add(detail, [el('h3', null, text), el('p', null, (LABELS[e.label] || e.label) + ' (' + e.label + '), score ' + e.score),
        el('p', null, filterButton(text, 'Articles mentioning ' + text))]);
    } else if (kind === 'number') {
      var n = d.numbers[+m.getAttribute('data-index')];
      add(detail, [el('h3', null, spanText(d, n)), el('p', null, 'Reads as: ', el('strong', null, reading(n))),
        el('table', null, ['kind', 'value', 'low', 'high', 'qualifier', 'unit', 'currency', 'per'].map(function (k) {
          return el('tr', null, el('th', null, k), el('td', null, n[k] === null || n[k] === undefined ? '—' : String(n[k])));
        }))]);
    } else {
      add(detail, [el('h3', null, kind), el('p', null, m.getAttribute('data-text') || m.textContent)]);
    }
  }
  function speakerButton(name, sp) {
    var b = el('button', { type: 'button', class: 'linkish' }, name);
    b.addEventListener('click', function () { if (sp) { sp.focus(); activate(sp); } else searchFor(name); });
    return b;
  }
  function filterButton(text, label) {
    var b = el('button', { type: 'button', class: 'linkish' }, label);
    b.addEventListener('click', function () { searchFor(text); });
    return b;
  }
  var ACTIVE = '[data-kind="quote"],[data-kind="speaker"],[data-kind="entity"],[data-kind="number"],[data-kind="cue"]';
  pane.addEventListener('click', function (ev) {
    var m = ev.target.closest && ev.target.closest(ACTIVE);
    if (m && pane.contains(m)) activate(m);
  });
  pane.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { clearHighlights(); return; }
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    var m = ev.target.closest && ev.target.closest(ACTIVE);
    if (m && m === ev.target) { ev.preventDefault(); activate(m); }
  });
  // Hovering a quotation lights its speaker and cue; hovering a speaker, their quotations.
  function hoverLinks(m, on) {
    var article = m.closest('article'); if (!article) return;
    var d = docs[+m.getAttribute('data-doc')], targets = [];
    if (m.getAttribute('data-kind') === 'quote') {
      var q = d.quotes[+m.getAttribute('data-index')];
      targets = [markAt(article, 'speaker', q.speaker), markAt(article, 'cue', q.cue)];
    } else {
      targets = m.getAttribute('data-quotes').split(' ').map(function (qi) { return markAt(article, 'quote', d.quotes[+qi]); });
    }
    targets.forEach(function (t) { if (t) t.classList.toggle('is-linked', on); });
  }
  ['mouseover', 'mouseout'].forEach(function (type) {
    pane.addEventListener(type, function (ev) {
      var m = ev.target.closest && ev.target.closest('[data-kind="quote"],[data-kind="speaker"]');
      if (m && !m.classList.contains('is-active')) hoverLinks(m, type === 'mouseover');
    });
  });

  // ---------- routing ----------
  var legend = el('div', { class: 'legend', 'aria-label': 'Legend' },
    Object.keys(LABELS).map(function (l) { return el('mark', { class: 'ent ent-' + l, 'data-label': l }, LABELS[l]); }),
    el('span', { class: 'quote', 'data-quote-kind': 'direct' }, 'quotation'),
    el('span', { class: 'speaker' }, 'name'), el('span', { class: 'cue' }, 'cue'),
    el('span', { class: 'num' }, 'number'), el('span', { class: 'anat-boilerplate', 'data-boilerplate-kind': 'site, credit…' }, 'greyed'));
  function showView(name) {
    Object.keys(views).forEach(function (k) { views[k].hidden = k !== name; });
    tabs.querySelectorAll('a').forEach(function (a) {
      if (a.getAttribute('data-view') === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    });
  }
  function showDoc(di) {
    currentDoc = di;
    pane.textContent = '';
    pane.appendChild(legend);
    pane.appendChild(renderArticle(di));
    listBox.querySelectorAll('a[aria-current]').forEach(function (a) { a.removeAttribute('aria-current'); });
    var link = listBox.querySelector('a[data-doc-link="' + di + '"]');
    if (link) link.setAttribute('aria-current', 'true');
  }
  function route() {
    var h = decodeURIComponent(location.hash.slice(1));
    var m = /^doc\/(\d+)(?:\/(\d+)\/(\d+))?$/.exec(h);
    if (h === 'corpus' || h === 'problems') { showView(h); return; }
    showView('articles');
    if (h === 'all') {
      currentDoc = -1;
      pane.textContent = '';
      pane.appendChild(legend);
      var frag = document.createDocumentFragment();
      docs.forEach(function (_, i) { frag.appendChild(renderArticle(i)); });
      pane.appendChild(frag);
      return;
    }
    if (m) {
      showDoc(Math.min(+m[1], docs.length - 1));
      if (m[2] !== undefined) {
        var t = pane.querySelector('[data-start="' + m[2] + '"][data-end="' + m[3] + '"][tabindex]') || pane.querySelector('[data-start="' + m[2] + '"][data-end="' + m[3] + '"]');
        if (t) { t.scrollIntoView({ block: 'nearest' }); if (t.hasAttribute('tabindex')) { t.focus(); activate(t); } }
      }
    } else if (currentDoc < 0 && docs.length) showDoc(0);
  }
  window.addEventListener('hashchange', route);

  // ---------- corpus and problems (built once: they are small) ----------
  NX_CORPUS(views.corpus, { el: el, add: add, docs: docs, corpus: corpus, docLink: docLink, searchFor: searchFor, reading: reading, LABELS: LABELS });
  buildProblems();
  function buildProblems() {
    var v = views.problems;
    v.appendChild(el('h2', null, 'Problems'));
    var ul = el('ul');
    DATA.problems.forEach(function (p) {
      ul.appendChild(el('li', { 'data-kind': 'malformed-line', 'data-source': p.source, 'data-line': p.line },
        p.source + ' line ' + p.line + ': ' + p.message));
    });
    docs.forEach(function (d, i) {
      if (isFailed(d)) ul.appendChild(el('li', { 'data-kind': 'failed-document', 'data-doc': i },
        docLink(d.id, null, null, String(d.id)), ' (' + d.source + ') failed: ' + d.error.kind + ' — ' + d.error.message));
    });
    if (!ul.children.length) v.appendChild(el('p', null, 'None.'));
    v.appendChild(ul);
  }

  drawList();
  route();
  var ms = Math.round(performance.now());
  document.documentElement.setAttribute('data-render-ms', ms);
  if (window.console) console.log('nx-report: first render ' + ms + ' ms after navigation start, ' + docs.length + ' articles');
})();

/* Dossier search: loads assets/search-index.js on demand, ranks articles and names in the browser.
   Works from file://, a host root and any sub-path: every address is relative to this script. */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = new URL('..', script.src);
  var form = document.querySelector('.search-page-form');
  var input = document.getElementById('search-page-q');
  var status = document.getElementById('search-page-status');
  var list = document.getElementById('search-page-results');
  var KIND_LABELS = {person: 'Person', country: 'Country', place: 'Place', organisation: 'Organisation', figure: 'Figure'};
  var SNIPPET = 180;
  var SHOWN = 100;
  var index = null;

  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  /* Words with their offsets in the original text, so highlights land on what was written. */
  function words(text) {
    var out = [];
    var re = /[\p{L}\p{N}]+/gu;
    var m;
    while ((m = re.exec(text)) !== null) {
      out.push({start: m.index, end: m.index + m[0].length, term: fold(m[0])});
    }
    return out;
  }

  function terms(text) {
    var seen = {};
    return words(text).map(function (w) { return w.term; })
      .filter(function (t) { return seen[t] ? false : (seen[t] = true); });
  }

  /* How well a word matches a query term: exactly, or as a prefix while the user is typing. */
  function match(word, term) {
    if (word === term) return 1;
    return term.length >= 2 && word.lastIndexOf(term, 0) === 0 ? 0.5 : 0;
  }

  /* The articles, the names, and an inverted index: each folded word to the articles that use it,
     with how often in the title and in the text. The vocabulary is sorted for prefix look-ups. */
  function build(data) {
    var postings = new Map();
    function add(text, article, field) {
      words(text).forEach(function (w) {
        var byArticle = postings.get(w.term);
        if (!byArticle) postings.set(w.term, byArticle = new Map());
        var counts = byArticle.get(article);
        if (!counts) byArticle.set(article, counts = {title: 0, body: 0});
        counts[field]++;
      });
    }
    var articles = data.a.map(function (a, i) {
      add(a[1], i, 'title');
      a[3].forEach(function (b) { add(b[1], i, 'body'); });
      return {url: a[0], title: a[1], meta: a[2], blocks: a[3].map(function (b) { return {id: b[0], text: b[1]}; }), names: []};
    });
    var names = data.e.map(function (e) {
      var name = {url: e[0], name: e[1], kind: e[2], aliases: e[3], articles: e[4],
        forms: [e[1]].concat(e[3]).map(terms)};
      e[4].forEach(function (i) { articles[i].names.push(name); });
      return name;
    });
    return {articles: articles, names: names, postings: postings, vocabulary: Array.from(postings.keys()).sort()};
  }

  /* The indexed words a query term stands for, with their weight: itself, and longer words it begins. */
  function expand(term) {
    var vocabulary = index.vocabulary;
    var low = 0, high = vocabulary.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (vocabulary[mid] < term) low = mid + 1; else high = mid;
    }
    var out = [];
    for (var i = low; i < vocabulary.length && vocabulary[i].lastIndexOf(term, 0) === 0; i++) {
      var weight = match(vocabulary[i], term);
      if (weight) out.push({term: vocabulary[i], weight: weight});
    }
    return out;
  }

  /* A name matches when every query term matches a word of one of its forms. */
  function nameScore(name, query) {
    var best = 0;
    name.forms.forEach(function (form) {
      var total = 0;
      for (var i = 0; i < query.length; i++) {
        var m = 0;
        for (var j = 0; j < form.length && m < 1; j++) m = Math.max(m, match(form[j], query[i]));
        if (!m) return;
        total += m;
      }
      best = Math.max(best, total / query.length + (form.length === query.length ? 0.5 : 0));
    });
    return best;
  }

  /* Per query term, each matching article's weighted title and text counts. */
  function termStats(term) {
    var stats = new Map();
    expand(term).forEach(function (e) {
      index.postings.get(e.term).forEach(function (counts, article) {
        var s = stats.get(article);
        if (!s) stats.set(article, s = {title: 0, body: 0});
        s.title += counts.title * e.weight;
        s.body += counts.body * e.weight;
      });
    });
    return stats;
  }

  /* Names first; then articles that have every term, or name a matching entity, by a tf-idf score
     where a title word counts three times and naming a matching entity adds a fixed boost. Figures
     ("30,000 troops") are not names: their pages come after the articles and pull none in. */
  function rank(query) {
    var n = index.articles.length;
    var matches = index.names
      .map(function (name) { return {name: name, score: nameScore(name, query)}; })
      .filter(function (r) { return r.score > 0; });
    matches.sort(function (x, y) {
      return y.score - x.score || y.name.articles.length - x.name.articles.length || (x.name.name < y.name.name ? -1 : 1);
    });
    var matchedNames = matches.filter(function (r) { return r.name.kind !== 'figure'; });
    var figures = matches.filter(function (r) { return r.name.kind === 'figure'; }).map(function (r) { return r.name; });
    var byName = new Set(matchedNames.map(function (r) { return r.name; }));
    var stats = query.map(termStats);
    var candidates = new Set();
    stats.forEach(function (s) { s.forEach(function (_, article) { candidates.add(article); }); });
    matchedNames.forEach(function (r) { r.name.articles.forEach(function (i) { candidates.add(i); }); });
    var hits = [];
    candidates.forEach(function (i) {
      var article = index.articles[i];
      var named = article.names.filter(function (name) { return byName.has(name); });
      var all = stats.every(function (s) { return s.has(i); });
      if (!all && named.length === 0) return;
      var score = named.length * 4;
      stats.forEach(function (s) {
        var counts = s.get(i);
        if (counts) score += Math.log(1 + n / (1 + s.size)) * (3 * Math.min(counts.title, 1) + Math.sqrt(counts.body));
      });
      hits.push({article: article, names: named, score: score, order: i});
    });
    hits.sort(function (x, y) { return y.score - x.score || x.order - y.order; });
    return {names: matchedNames.map(function (r) { return r.name; }), articles: hits, figures: figures};
  }

  /* The block and window that show most of the query, with the matching words to mark. An article
     found through a name is also marked where it uses that name's other forms. */
  function snippet(hit, query) {
    var highlight = query.slice();
    hit.names.forEach(function (name) { name.forms.forEach(function (f) { highlight = highlight.concat(f); }); });
    var best = null;
    hit.article.blocks.forEach(function (b) {
      var found = words(b.text).filter(function (w) { return highlight.some(function (t) { return match(w.term, t); }); });
      var distinct = new Set(found.map(function (w) { return w.term; })).size;
      if (found.length && (!best || distinct > best.distinct)) best = {block: b, found: found, distinct: distinct};
    });
    if (!best) {
      var first = hit.article.blocks[0] || {id: '', text: ''};
      best = {block: first, found: []};
    }
    var text = best.block.text;
    var anchor = best.found.length ? best.found[0].start : 0;
    var from = Math.max(0, Math.min(anchor - SNIPPET / 3, text.length - SNIPPET));
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length && text.lastIndexOf(' ', to) > anchor) to = text.lastIndexOf(' ', to);
    var marks = best.found.filter(function (w) { return w.start >= from && w.end <= to; });
    return {id: best.block.id, text: text, from: from, to: to, marks: marks};
  }

  function renderSnippet(parent, s) {
    var at = s.from;
    if (s.from > 0) parent.appendChild(document.createTextNode('\u2026'));
    s.marks.forEach(function (w) {
      parent.appendChild(document.createTextNode(s.text.substring(at, w.start)));
      var mark = document.createElement('mark');
      mark.textContent = s.text.substring(w.start, w.end);
      parent.appendChild(mark);
      at = w.end;
    });
    parent.appendChild(document.createTextNode(s.text.substring(at, s.to)));
    if (s.to < s.text.length) parent.appendChild(document.createTextNode('\u2026'));
  }

  function item(href, title, label, fill) {
    var li = document.createElement('li');
    li.className = 'search-page-hit';
    var heading = document.createElement('p');
    var link = document.createElement('a');
    link.href = new URL(href, root).href;
    link.textContent = title;
    heading.appendChild(link);
    if (label) {
      var kind = document.createElement('span');
      kind.className = 'search-page-kind';
      kind.textContent = label;
      heading.appendChild(kind);
    }
    li.appendChild(heading);
    var detail = document.createElement('p');
    detail.className = 'search-page-snippet';
    fill(detail);
    li.appendChild(detail);
    list.appendChild(li);
  }

  function entityItem(name) {
    item(name.url, name.name, KIND_LABELS[name.kind] || name.kind, function (p) {
      var line = 'Named in ' + plural(name.articles.length, 'article');
      if (name.aliases.length) line += '; also written ' + name.aliases.join(', ');
      p.textContent = line + '.';
    });
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function show(text) {
    list.textContent = '';
    var query = terms(text);
    if (!query.length) {
      status.textContent = 'Type a name or a word to search.';
      return;
    }
    var result = rank(query);
    /* A long list costs more to draw than to rank: show the best, and say how many there are. */
    result.names.slice(0, SHOWN).forEach(entityItem);
    result.articles.slice(0, SHOWN).forEach(function (hit) {
      var s = snippet(hit, query);
      var href = hit.article.url + (s.id ? '#' + s.id : '');
      item(href, hit.article.title, hit.article.meta, function (p) { renderSnippet(p, s); });
    });
    result.figures.slice(0, SHOWN).forEach(entityItem);
    var names = result.names.length + result.figures.length;
    status.textContent = names + result.articles.length === 0
      ? 'Nothing found for \u201c' + text + '\u201d.'
      : plural(result.articles.length, 'article') + ' and ' + plural(names, 'name') + ' for \u201c' + text + '\u201d'
        + (Math.max(result.articles.length, result.names.length, result.figures.length) > SHOWN
          ? '; the first ' + SHOWN + ' of each kind are shown.' : '.');
  }

  function remember(text) {
    try {
      var url = new URL(location.href);
      url.searchParams.set('q', text);
      history.replaceState(null, '', url.href);
    } catch (e) {
      /* Some browsers refuse to change the address of a file:// page; the results still show. */
    }
  }

  function results() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  /* Arrow keys move between the search field and the results; Escape goes back to the field. */
  function onKey(event) {
    var links = results();
    var at = links.indexOf(document.activeElement);
    if (at < 0 && document.activeElement !== input) return;
    if (event.key === 'ArrowDown' && links.length) {
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1]).focus();
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
    } else {
      return;
    }
    event.preventDefault();
  }

  function start() {
    index = build(window.DOSSIER_SEARCH);
    show(input.value);
    input.addEventListener('input', function () {
      show(input.value);
      remember(input.value);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      show(input.value);
      remember(input.value);
    });
    document.addEventListener('keydown', onKey);
  }

  /* The query is in the address, so a search can be linked to and bookmarked. */
  input.value = new URLSearchParams(location.search).get('q') || '';
  status.textContent = 'Loading the search index\u2026';
  var loader = document.createElement('script');
  loader.src = new URL('search-index.js', script.src).href;
  loader.onload = start;
  loader.onerror = function () { status.textContent = 'The search index could not be loaded.'; };
  document.head.appendChild(loader);
})();

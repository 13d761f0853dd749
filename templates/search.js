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

  function build(data) {
    var articles = data.a.map(function (a) {
      var blocks = a[3].map(function (b) { return {id: b[0], text: b[1], words: words(b[1])}; });
      return {url: a[0], title: a[1], meta: a[2], titleWords: words(a[1]), blocks: blocks, names: []};
    });
    var names = data.e.map(function (e) {
      var forms = [e[1]].concat(e[3]);
      var name = {url: e[0], name: e[1], kind: e[2], aliases: e[3], articles: e[4],
        forms: forms.map(function (f) { return words(f).map(function (w) { return w.term; }); })};
      e[4].forEach(function (i) { articles[i].names.push(name); });
      return name;
    });
    return {articles: articles, names: names};
  }

  function bestMatch(list, term) {
    var best = 0;
    for (var i = 0; i < list.length && best < 1; i++) best = Math.max(best, match(list[i].term || list[i], term));
    return best;
  }

  /* A name matches when every query term matches a word of one of its forms. */
  function nameScore(name, query) {
    var best = 0;
    name.forms.forEach(function (form) {
      var total = 0;
      for (var i = 0; i < query.length; i++) {
        var m = bestMatch(form, query[i]);
        if (!m) return;
        total += m;
      }
      best = Math.max(best, total / query.length + (form.length === query.length ? 0.5 : 0));
    });
    return best;
  }

  function count(words, term) {
    var n = 0;
    for (var i = 0; i < words.length; i++) n += match(words[i].term, term);
    return n;
  }

  function rank(query) {
    var n = index.articles.length;
    var matchedNames = index.names
      .map(function (name) { return {name: name, score: nameScore(name, query)}; })
      .filter(function (r) { return r.score > 0; });
    var byName = new Set(matchedNames.map(function (r) { return r.name; }));
    var stats = index.articles.map(function (a) {
      return query.map(function (term) {
        var body = 0;
        a.blocks.forEach(function (b) { body += count(b.words, term); });
        return {title: count(a.titleWords, term), body: body};
      });
    });
    var df = query.map(function (_, t) {
      return stats.filter(function (s) { return s[t].title + s[t].body > 0; }).length;
    });
    var hits = [];
    index.articles.forEach(function (a, i) {
      var named = a.names.filter(function (name) { return byName.has(name); });
      var all = stats[i].every(function (s) { return s.title + s.body > 0; });
      if (!all && named.length === 0) return;
      var score = named.length * 4;
      stats[i].forEach(function (s, t) {
        var idf = Math.log(1 + n / (1 + df[t]));
        score += idf * (3 * Math.min(s.title, 1) + Math.sqrt(s.body));
      });
      hits.push({article: a, names: named, score: score, order: i});
    });
    hits.sort(function (x, y) { return y.score - x.score || x.order - y.order; });
    matchedNames.sort(function (x, y) {
      return y.score - x.score || y.name.articles.length - x.name.articles.length || (x.name.name < y.name.name ? -1 : 1);
    });
    return {names: matchedNames.map(function (r) { return r.name; }), articles: hits};
  }

  /* The block and window that show most of the query, with the matching words to mark. An article
     found through a name is also marked where it uses that name's other forms. */
  function snippet(hit, query) {
    var highlight = query.slice();
    hit.names.forEach(function (name) { name.forms.forEach(function (f) { highlight = highlight.concat(f); }); });
    var best = null;
    hit.article.blocks.forEach(function (b) {
      var found = b.words.filter(function (w) { return highlight.some(function (t) { return match(w.term, t); }); });
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
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = new URL(href, root).href;
    link.textContent = title;
    heading.appendChild(link);
    li.appendChild(heading);
    if (label) {
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = label;
      li.appendChild(meta);
    }
    var detail = document.createElement('p');
    detail.className = 'summary';
    fill(detail);
    li.appendChild(detail);
    list.appendChild(li);
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
    result.names.forEach(function (name) {
      item(name.url, name.name, KIND_LABELS[name.kind] || name.kind, function (p) {
        var line = 'Named in ' + plural(name.articles.length, 'article');
        if (name.aliases.length) line += '; also written ' + name.aliases.join(', ');
        p.textContent = line + '.';
      });
    });
    result.articles.forEach(function (hit) {
      var s = snippet(hit, query);
      var href = hit.article.url + (s.id ? '#' + s.id : '');
      item(href, hit.article.title, hit.article.meta, function (p) { renderSnippet(p, s); });
    });
    var total = result.names.length + result.articles.length;
    status.textContent = total === 0
      ? 'Nothing found for \u201c' + text + '\u201d.'
      : plural(result.articles.length, 'article') + ' and ' + plural(result.names.length, 'name') + ' for \u201c' + text + '\u201d.';
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
    var initial = new URLSearchParams(location.search).get('q') || '';
    input.value = initial;
    show(initial);
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

  status.textContent = 'Loading the search index\u2026';
  var loader = document.createElement('script');
  loader.src = new URL('search-index.js', script.src).href;
  loader.onload = start;
  loader.onerror = function () { status.textContent = 'The search index could not be loaded.'; };
  document.head.appendChild(loader);
})();

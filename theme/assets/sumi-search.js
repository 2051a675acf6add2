/* Sumi: the search page, over Sumi's own static index (search-index/ in the site, written by
   redaction/website/search/index.py; format in docs/dev/search.md). Nothing is loaded from other hosts.
   A result is a minutes page whose public text holds the query as written (NFKC, white space
   ignored), within one paragraph or table cell: a query of up to four characters is read from the
   one posting of that n-gram, a longer one from the 4-gram shards, whose positions decide it exactly. Each result shows
   the meeting, its council and date, and a snippet with the word in <mark>. The query and filters
   live in the address (?q=&council=&year=), so a search from the header box, a bookmark or the back
   button shows the same results. */
(function () {
  "use strict";

  var script = document.currentScript;
  var indexUrl = new URL(script.getAttribute("data-index"), window.location.href);
  var form = document.getElementById("sumi-search");
  var input = document.getElementById("sumi-q");
  var councilSelect = document.getElementById("sumi-council");
  var yearSelect = document.getElementById("sumi-year");
  var status = document.getElementById("sumi-status");
  var list = document.getElementById("sumi-results");
  var more = document.getElementById("sumi-more");
  var SHOWN = 10;            /* results drawn per screen, and per 「さらに読み込む」 */
  var SNIPPET_BEFORE = 30;   /* characters shown before the first hit */
  var SNIPPET_LENGTH = 100;  /* characters of a snippet in all */
  var SEGMENT_SPAN = 4294967296;  /* an occurrence as one number: segment id × SEGMENT_SPAN + offset */
  var limit = SHOWN;
  var shownKey = "";
  var meta = null;           /* pages.json */
  var shards = {};           /* file name → Promise of Map(key → {data, start, end, count}) */
  var texts = {};            /* url → Promise of the page's segments */
  var generation = 0;
  var timer = null;

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  /* The index's normalization (redaction/core/normalize.py squash): NFKC, no white space or format characters. */
  function squash(text) {
    return (text || "").normalize("NFKC").replace(/[\s\p{Cf}]+/gu, "");
  }

  function fnv1a(text) {
    var bytes = new TextEncoder().encode(text);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
    }
    return h;
  }

  function hex(n, width) {
    var s = n.toString(16);
    while (s.length < width) { s = "0" + s; }
    return s;
  }

  /* The bytes of a gzipped index file (a server may already have taken the gzip off). */
  async function fetchBytes(url) {
    var response = await fetch(url);
    if (response.status === 404) { return null; }
    if (!response.ok) { throw new Error("search index: " + response.status + " " + url); }
    var bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) { return bytes; }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  function reader(data, at) {
    return {
      at: at,
      varint: function () {
        var value = 0, scale = 1, byte;
        do {
          byte = data[this.at++];
          value += (byte & 0x7f) * scale;
          scale *= 128;
        } while (byte >= 0x80);
        return value;
      }
    };
  }

  /* A shard file: key → where its posting is (decoded when asked: `posting`). */
  function shard(name) {
    if (!shards[name]) {
      shards[name] = fetchBytes(new URL(name, indexUrl).href).then(function (data) {
        var keys = new Map();
        if (!data) { return keys; }
        var decoder = new TextDecoder();
        var r = reader(data, 5);  /* after "SUMI1" */
        while (r.at < data.length) {
          var size = r.varint();
          var key = decoder.decode(data.subarray(r.at, r.at + size));
          r.at += size;
          var count = r.varint();
          r.varint();  /* the last page number (for rebuilds) */
          var length = r.varint();
          keys.set(key, { data: data, start: r.at, end: r.at + length, count: count });
          r.at += length;
        }
        return keys;
      });
    }
    return shards[name];
  }

  var MAX_GRAM = 4;  /* queries up to this length have a posting of their own (redaction/website/search/index.py) */
  /* The index is in parts (page number ranges: meta.parts, [first page, n-gram shards, positional shards]),
     each in its own folder with page numbers counted from its first page. */
  function gramFile(part, key) { return part[0] + "/g/" + hex(fnv1a(key) % part[1], 4) + ".bin"; }
  function positionalFile(part, key) { return part[0] + "/p/" + hex(fnv1a(key) % part[2], 4) + ".bin"; }
  function files(key, positional) {
    return meta.parts.map(function (part) { return positional ? positionalFile(part, key) : gramFile(part, key); });
  }

  /* page number → null (an n-gram's page list) or where its occurrences are (a 4-gram's: `spots`), every part's. */
  async function posting(key, positional) {
    var found = await Promise.all(files(key, positional).map(shard));
    var pages = new Map();
    found.forEach(function (keys, p) {
      var entry = keys.get(key);
      if (!entry) { return; }
      var r = reader(entry.data, entry.start);
      var page = meta.parts[p][0];
      for (var i = 0; i < entry.count; i++) {
        page += r.varint();
        if (!positional) { pages.set(page, null); continue; }
        var length = r.varint();
        pages.set(page, { data: entry.data, start: r.at, end: r.at + length });
        r.at += length;
      }
    });
    return pages;
  }

  /* One page's occurrences of a 4-gram, each as segment id × SEGMENT_SPAN + offset. */
  function spots(where) {
    var out = new Set();
    var r = reader(where.data, where.start), segment = 0, offset = 0;
    while (r.at < where.end) {
      var gap = r.varint(), value = r.varint();
      if (gap === 0 && out.size > 0) { offset += value; } else { segment += gap; offset = value; }
      out.add(segment * SEGMENT_SPAN + offset);
    }
    return out;
  }

  /* 4-grams at offsets 0, 4, 8, … and the last: together they cover a word of more than four characters. */
  function cover(chars) {
    var offsets = [];
    for (var i = 0; i + MAX_GRAM <= chars.length; i += MAX_GRAM) { offsets.push(i); }
    if (offsets[offsets.length - 1] !== chars.length - MAX_GRAM) { offsets.push(chars.length - MAX_GRAM); }
    return offsets.map(function (i) { return { offset: i, key: chars.slice(i, i + MAX_GRAM).join("") }; });
  }

  /* The page numbers whose text holds `word` (squashed) within one segment. */
  async function pagesHolding(word) {
    var chars = Array.from(word);
    if (chars.length <= MAX_GRAM) { return new Set((await posting(word, false)).keys()); }
    var parts = cover(chars);
    var postings = await Promise.all(parts.map(function (p) { return posting(p.key, true); }));
    var order = postings.map(function (_, i) { return i; }).sort(function (a, b) { return postings[a].size - postings[b].size; });
    var out = new Set();
    postings[order[0]].forEach(function (_, page) {
      if (!order.every(function (i) { return postings[i].has(page); })) { return; }
      var sets = postings.map(function (p) { return spots(p.get(page)); });
      for (var spot of sets[0]) {
        if (parts.every(function (p, i) { return sets[i].has(spot + p.offset); })) {
          out.add(page);
          return;
        }
      }
    });
    return out;
  }

  function queryWords(term) {
    return term.replace(/["“”「」]/g, " ").split(/\s+/).map(squash).filter(Boolean);
  }

  function inScope(page, filters) {
    var row = meta.pages[page];
    return (filters.council === undefined || row[2] === filters.council)
      && (filters.year === undefined || row[3] === filters.year);
  }

  /* Every page in scope holding every word of `term`, newest first (all pages in scope for no term). */
  async function match(term, filters) {
    var words = queryWords(term);
    var sets = await Promise.all(words.map(pagesHolding));
    var out = [];
    for (var page = meta.pages.length - 1; page >= 0; page--) {
      if (inScope(page, filters) && sets.every(function (s) { return s.has(page); })) { out.push(page); }
    }
    return { words: words, pages: out };
  }

  function pageText(url) {
    if (!texts[url]) {
      texts[url] = fetchBytes(new URL("text/" + url.replace(/\/$/, "") + ".txt.gz", indexUrl).href)
        .then(function (data) { return data ? new TextDecoder().decode(data).split("\n") : []; });
    }
    return texts[url];
  }

  /* A segment's squashed form, with the index in the segment of each of its characters. */
  function squashedWithMap(segment) {
    var flat = "", map = [];
    var chars = Array.from(segment), at = 0;
    chars.forEach(function (ch) {
      var n = squash(ch);
      for (var k = 0; k < n.length; k++) { map.push(at); }
      flat += n;
      at += ch.length;
    });
    map.push(segment.length);
    return { flat: flat, map: map };
  }

  /* The first segment holding the first word, cut around the hit, every word in it marked: a segment
     of the text before one that repeats the title — the page's heading (its first segment), a segment
     holding it (the header table's name of the meeting) or held in the title —, which the result
     already shows. */
  function snippet(segments, words, title) {
    var heading = squash(segments[0] || ""), named = squash(title);
    var titleLike = function (s) {
      var flat = squash(segments[s]);
      return s === 0 || (heading !== "" && flat.indexOf(heading) !== -1) || (flat !== "" && named.indexOf(flat) !== -1);
    };
    var order = segments.map(function (_, s) { return s; });
    order = order.filter(function (s) { return !titleLike(s); }).concat(order.filter(titleLike));
    for (var k = 0; k < order.length; k++) {
      var s = order[k];
      var seg = squashedWithMap(segments[s]);
      var hit = seg.flat.indexOf(words[0]);
      if (hit === -1) { continue; }
      var from = Math.max(0, seg.map[hit] - SNIPPET_BEFORE);
      var to = Math.min(segments[s].length, from + SNIPPET_LENGTH);
      var marks = [];
      words.forEach(function (word) {
        for (var i = seg.flat.indexOf(word); i !== -1; i = seg.flat.indexOf(word, i + word.length)) {
          var a = seg.map[i], b = seg.map[i + word.length];
          if (a >= from && b <= to) { marks.push([a, b]); }
        }
      });
      marks.sort(function (x, y) { return x[0] - y[0]; });
      var out = document.createDocumentFragment();
      var at = from;
      if (from > 0) { out.appendChild(document.createTextNode("…")); }
      marks.forEach(function (m) {
        if (m[0] < at) { return; }
        out.appendChild(document.createTextNode(segments[s].slice(at, m[0])));
        out.appendChild(element("mark", "", segments[s].slice(m[0], m[1])));
        at = m[1];
      });
      out.appendChild(document.createTextNode(segments[s].slice(at, to) + (to < segments[s].length ? "…" : "")));
      return out;
    }
    return null;
  }

  function result(page) {
    var row = meta.pages[page];
    return { page: page, url: row[0], title: row[1], council: meta.councils[row[2]], year: meta.years[row[3]],
             date: row[4] };
  }

  /* The search: every page holding the words (their count), and the first `limit` of them drawn with
     their snippets (each page's text is fetched for its snippet only). */
  async function find(term, filters, shown) {
    var found = await match(term, filters);
    var results = found.pages.map(result);
    var drawn = results.slice(0, shown);
    if (found.words.length > 0) {
      var segs = await Promise.all(drawn.map(function (r) { return pageText(r.url); }));
      drawn.forEach(function (r, i) { r.segments = segs[i]; });
    }
    return { words: found.words, total: results.length, results: results, shown: drawn };
  }

  function resultItem(words, r) {
    var item = element("li", "sumi-result");
    var heading = element("h2", "sumi-result__title");
    var link = element("a", "", r.title || r.url);
    link.href = new URL("../" + r.url, indexUrl).href;
    heading.appendChild(link);
    item.appendChild(heading);
    var line = element("p", "sumi-result__meta");
    line.appendChild(element("span", "sumi-result__council", r.council));
    line.appendChild(element("span", "sumi-result__date", r.date));
    item.appendChild(line);
    var cut = r.segments ? snippet(r.segments, words, r.title || "") : null;
    if (cut) {
      var excerpt = element("p", "sumi-result__excerpt");
      excerpt.appendChild(cut);
      item.appendChild(excerpt);
    }
    return item;
  }

  function render(term, found) {
    list.textContent = "";
    var scope = term ? "「" + term + "」を含む会議録" : "会議録";
    status.textContent = found.total === 0 ? scope + "は見つかりませんでした。"
      : scope + "：" + found.total.toLocaleString("ja-JP") + "件"
        + (found.shown.length < found.total ? "（新しい順に" + found.shown.length + "件を表示）" : "");
    found.shown.forEach(function (r) { list.appendChild(resultItem(found.words, r)); });
    more.hidden = found.shown.length >= found.total;
  }

  function chosenFilters() {
    var filters = {};
    if (councilSelect.value) { filters.council = meta.councils.indexOf(councilSelect.value); }
    if (yearSelect.value) { filters.year = meta.years.indexOf(yearSelect.value); }
    return filters;
  }

  function fillFilters() {
    [[councilSelect, meta.councils], [yearSelect, meta.years]].forEach(function (pair) {
      pair[1].forEach(function (value) {
        var option = element("option", "", value);
        option.value = value;
        pair[0].appendChild(option);
      });
    });
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    [councilSelect, yearSelect].forEach(function (select) {
      var wanted = params.get(select.name) || "";
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })
        ? wanted : "";
    });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) { params.set("q", input.value.trim()); }
    [councilSelect, yearSelect].forEach(function (select) { if (select.value) { params.set(select.name, select.value); } });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  async function search() {
    var mine = ++generation;
    var term = input.value.trim();
    var filters = chosenFilters();
    var key = JSON.stringify([term, filters]);
    if (key !== shownKey) { shownKey = key; limit = SHOWN; }
    writeAddress();
    if (!term && Object.keys(filters).length === 0) {
      list.textContent = "";
      more.hidden = true;
      status.textContent = "";
      list.removeAttribute("aria-busy");
      return;
    }
    list.setAttribute("aria-busy", "true");
    var found = await find(term, filters, limit);
    if (mine !== generation) { return; }
    render(term, found);
    list.removeAttribute("aria-busy");
  }

  /* While typing pauses (250 ms), the shards of the words typed are already fetched. */
  function preload(term) {
    queryWords(term).forEach(function (word) {
      var chars = Array.from(word);
      if (chars.length <= MAX_GRAM) { files(word, false).forEach(shard); return; }
      cover(chars).forEach(function (p) { files(p.key, true).forEach(shard); });
    });
  }

  function soon() {
    preload(input.value.trim());
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  }

  async function start() {
    status.textContent = "検索の準備をしています…";
    if (typeof DecompressionStream === "undefined") { throw new Error("no DecompressionStream"); }
    meta = JSON.parse(new TextDecoder().decode(await fetchBytes(new URL("pages.json", indexUrl).href)));
    fillFilters();
    /* the same search, for bench.search_eval and the tests */
    window.sumiSearch = {
      find: find,
      match: async function (term, filters) {
        return (await match(term, filters || {})).pages.map(function (p) { return meta.pages[p][0]; });
      },
      squash: squash
    };
    readAddress();
    status.textContent = "";
    form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
    input.addEventListener("input", soon);
    [councilSelect, yearSelect].forEach(function (select) { select.addEventListener("change", search); });
    more.addEventListener("click", function () { limit += SHOWN; search(); });
    await search();
  }

  start().catch(function () {
    status.textContent = "検索を利用できませんでした。ページを再読み込みしてください。";
  });
})();

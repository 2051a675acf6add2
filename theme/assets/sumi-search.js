/* Sumi: the search page, over the Pagefind JS API (the index is built into the site; nothing
   is loaded from other hosts). Each result shows the meeting, its council and date, and a
   snippet with the hits in <mark>. The query and filters live in the address (?q=&council=&year=),
   so a search from the header box, a bookmark or the back button shows the same results. */
(function () {
  "use strict";

  var script = document.currentScript;
  var bundle = new URL(script.getAttribute("data-bundle"), window.location.href);
  var siteRoot = bundle.pathname.replace(/pagefind\/?$/, "");
  var form = document.getElementById("sumi-search");
  var input = document.getElementById("sumi-q");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var status = document.getElementById("sumi-status");
  var list = document.getElementById("sumi-results");
  var partialSection = document.getElementById("sumi-partial");
  var partialHeading = document.getElementById("sumi-partial-heading");
  var partialList = document.getElementById("sumi-partial-results");
  var more = document.getElementById("sumi-more");
  var SHOWN = 10;  /* results loaded (their text checked) per query, and per "さらに読み込む" */
  var limit = SHOWN;
  var shownKey = "";
  var pagefind = null;
  var OPTIONS = { baseUrl: siteRoot, excerptLength: 40 };
  var pageCounts = {};   /* filter name → value → pages, from pagefind.filters() */
  var generation = 0;
  var timer = null;

  /* A snippet from the index, keeping only its text and its <mark> elements. */
  function snippet(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var out = document.createDocumentFragment();
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function fiscalYearKey(label) {
    var match = /([0-9]{4})年度/.exec(label);
    return match ? Number(match[1]) : 0;
  }

  function fillFilters(available) {
    selects.forEach(function (select) {
      var values = Object.keys(available[select.getAttribute("data-filter")] || {});
      if (select.name === "year") {
        values.sort(function (a, b) { return fiscalYearKey(b) - fiscalYearKey(a); });
      } else {
        values.sort();
      }
      values.forEach(function (value) {
        var option = element("option", "", value);
        option.value = value;
        select.appendChild(option);
      });
    });
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || "";
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })
        ? wanted : "";
    });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) { params.set("q", input.value.trim()); }
    selects.forEach(function (select) { if (select.value) { params.set(select.name, select.value); } });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function chosenFilters() {
    var filters = {};
    selects.forEach(function (select) {
      if (select.value) { filters[select.getAttribute("data-filter")] = select.value; }
    });
    return filters;
  }

  function flat(text) {
    return (text || "").normalize("NFKC").replace(/[\s\u200b]+/g, "").toLowerCase();
  }

  /* Does a result's text hold every word of the query as written? */
  function holds(data, words) {
    var text = flat((data.meta && data.meta.title || "") + data.content);
    return words.every(function (word) { return text.indexOf(word) !== -1; });
  }

  var JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;
  var KANA = /^[\u3040-\u30ff\uff66-\uff9f]$/;
  var MAX_SPLIT_LENGTH = 8;  /* longer words are searched as typed only */

  /* The queries run for one word, in the order their hits are loaded. Pagefind segments the index
     with its own dictionary and the query with the browser's, which can cut a word differently:
     （課税課） is indexed 課/税/課, so "課税" finds nothing there but the phrase "課 税" does;
     クラウド is typed クラ + ウド but indexed whole, which its first two characters クラ find. `exact` are
     phrases (pieces next to each other), whose hits hold the word; `loose` may over-match. */
  function queriesFor(term) {
    var chars = Array.from(term);
    var exact = ['"' + term + '"'];
    var loose = [term];
    if (JAPANESE.test(term) && chars.length >= 2 && chars.length <= MAX_SPLIT_LENGTH) {
      for (var i = 1; i < chars.length; i++) {
        var head = chars.slice(0, i).join(""), tail = chars.slice(i).join("");
        /* A lone kana is not a piece a dictionary cuts off a word (粗大ご|み), and its index entry
           lists nearly every page: a large download that finds nothing new. */
        if (KANA.test(head) || KANA.test(tail)) { continue; }
        exact.push('"' + head + " " + tail + '"');
      }
      if (chars.length >= 3) { loose.push(chars.slice(0, 2).join("")); }
    }
    return { exact: exact, loose: loose };
  }

  /* The query's words (as compared with a page's text) and the query forms to run: one word gets
     the forms of queriesFor; several words, or a quoted phrase, are searched as typed. */
  function queryForms(term) {
    var words = term.replace(/"/g, " ").split(/\s+/).map(flat).filter(Boolean);
    var forms = words.length === 1 && !/["\s]/.test(term) ? queriesFor(term) : { exact: [], loose: [term] };
    forms.words = words;
    return forms;
  }

  /* At least as many pages as the filters let through (each minutes page carries every filter:
     theme/main.html): a phrase with this many hits is on every page in scope. */
  function pagesInScope(filters) {
    var names = Object.keys(filters);
    if (names.length > 0) {
      return Math.min.apply(null, names.map(function (name) { return (pageCounts[name] || {})[filters[name]] || 0; }));
    }
    var totals = Object.keys(pageCounts).map(function (name) {
      return Object.keys(pageCounts[name]).reduce(function (sum, value) { return sum + pageCounts[name][value]; }, 0);
    });
    return totals.length > 0 ? Math.max.apply(null, totals) : Infinity;
  }

  /* Runs `queries` and returns their results without repeats, in query order. */
  async function merged(queries, options, seen) {
    var responses = await Promise.all(queries.map(function (q) { return pagefind.search(q, options); }));
    var out = [];
    responses.forEach(function (response) {
      response.results.forEach(function (r) {
        if (!seen[r.id]) { seen[r.id] = true; out.push(r); }
      });
    });
    return out;
  }

  /* Pagefind matches the pieces of a Japanese word anywhere on a page (指定管理 → 指定 + 管理),
     so its plain results include pages that hold only the pieces. The results are therefore
     split: `holding` — pages whose text is checked and holds the query's words as written, and
     `unchecked` phrase hits beyond the `limit` loaded (trusted: the phrase matched); `partial` —
     loaded pages that hold only pieces, and `more` unchecked plain hits beyond the limit.
     Phrase hits come first, so the list shown is the pages that hold the word.
     `firstFormsOnly` (the first pass) runs the phrase, and the word as typed only when the phrase
     has fewer than `limit` hits; `complete` says whether every form ran. A phrase on every page in
     scope ends the search: no other form can add a page. `before` (the first pass's results) keeps
     the pages already shown, and already loaded, at the top. */
  async function find(term, filters, limit, firstFormsOnly, before) {
    var options = { filters: filters };
    if (!term) {
      options.sort = { date: "desc" };
      var listing = await pagefind.search(null, options);
      var firstOnes = await Promise.all(listing.results.slice(0, limit).map(function (r) { return r.data(); }));
      return { holding: firstOnes, unchecked: listing.results.slice(limit), partial: [], more: [],
               complete: true };
    }
    var queries = queryForms(term);
    var words = queries.words;
    var seen = {};
    var phrase = await merged(queries.exact.slice(0, 1), options, seen);
    var looseForms = [];
    var complete = true;
    if (phrase.length >= pagesInScope(filters)) {
      /* on every page in scope: nothing to add */
    } else if (!firstFormsOnly) {
      phrase = phrase.concat(await merged(queries.exact.slice(1), options, seen));
      looseForms = queries.loose;
    } else {
      looseForms = phrase.length >= limit ? [] : queries.loose.slice(0, 1);
      complete = queries.exact.length <= 1 && looseForms.length === queries.loose.length;
    }
    var phraseIds = {};
    phrase.forEach(function (r) { phraseIds[r.id] = true; });
    var loose = await merged(looseForms, options, seen);
    var ordered = phrase.concat(loose);
    if (before && before.length) {
      var byId = {};
      ordered.forEach(function (r) { byId[r.id] = r; });
      var kept = before.filter(function (r) { return byId[r.id]; }).map(function (r) { return byId[r.id]; });
      var keptIds = {};
      kept.forEach(function (r) { keptIds[r.id] = true; });
      ordered = kept.concat(ordered.filter(function (r) { return !keptIds[r.id]; }));
    }
    var loaded = await Promise.all(ordered.slice(0, limit).map(function (r) { return r.data(); }));
    var rest = ordered.slice(limit);
    return {
      shown: ordered.slice(0, limit),
      complete: complete,
      holding: loaded.filter(function (d) { return holds(d, words); }),
      unchecked: rest.filter(function (r) { return phraseIds[r.id]; }),
      partial: loaded.filter(function (d) { return !holds(d, words); }),
      more: rest.filter(function (r) { return !phraseIds[r.id]; }),
    };
  }

  function resultItem(term, result, level) {
    var item = element("li", "sumi-result");
    var heading = element(level, "sumi-result__title");
    var link = element("a", "", result.meta.title || result.url);
    link.href = result.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = element("p", "sumi-result__meta");
    meta.appendChild(element("span", "sumi-result__council", result.meta.council || ""));
    meta.appendChild(element("span", "sumi-result__date", result.meta.date || ""));
    item.appendChild(meta);
    if (term && result.excerpt) {
      var excerpt = element("p", "sumi-result__excerpt");
      excerpt.appendChild(snippet(result.excerpt));
      item.appendChild(excerpt);
    }
    return item;
  }

  function render(term, found, searching) {
    list.textContent = "";
    partialList.textContent = "";
    var count = found.holding.length + found.unchecked.length;
    var scope = term ? "「" + term + "」を含む会議録" : "会議録";
    status.textContent = (count === 0 ? scope + "は見つかりませんでした。"
      : scope + "：" + count + "件" + (found.holding.length < count ? "（上位" + found.holding.length + "件を表示）" : ""))
      + (found.more.length > 0 ? " ほかに確かめていない候補が" + found.more.length + "件あります。" : "")
      + (searching ? " 別の区切り方でも探しています…" : "");
    found.holding.forEach(function (result) { list.appendChild(resultItem(term, result, "h2")); });
    more.hidden = found.unchecked.length + found.more.length === 0;
    partialSection.hidden = found.partial.length === 0;
    partialHeading.textContent = "言葉の一部だけが一致した会議録：" + found.partial.length + "件";
    found.partial.forEach(function (result) { partialList.appendChild(resultItem(term, result, "h3")); });
  }

  /* Two passes: the phrase and the word as typed show results at once; the other query forms
     (cuts, prefix: see queriesFor) may add pages, and the list is drawn again when they are in.
     The result list is aria-busy until the second pass is done. */
  async function search() {
    var mine = ++generation;
    var term = input.value.trim();
    var filters = chosenFilters();
    var key = JSON.stringify([term, filters]);
    if (key !== shownKey) { shownKey = key; limit = SHOWN; }
    writeAddress();
    if (!term && Object.keys(filters).length === 0) {
      list.textContent = "";
      partialList.textContent = "";
      partialSection.hidden = true;
      more.hidden = true;
      status.textContent = "";
      list.removeAttribute("aria-busy");
      return;
    }
    list.setAttribute("aria-busy", "true");
    var first = await find(term, filters, limit, true);
    if (mine !== generation) { return; }
    var second = !first.complete;
    render(term, first, second);
    var all = second ? await find(term, filters, limit, false, first.shown) : first;
    if (mine !== generation) { return; }
    if (second) { render(term, all, false); }
    list.removeAttribute("aria-busy");
  }

  function showMore() {
    limit += SHOWN;
    search();
  }

  /* Typing waits 250 ms before searching; meanwhile Pagefind already loads the index chunks of
     the words typed, so the search that follows has them at hand. */
  function soon() {
    var term = input.value.trim();
    if (term) { pagefind.preload(term, { filters: chosenFilters() }); }
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  }

  /* A large site's index is in parts of whole councils (redaction/search_index.py): the first is
     this bundle, the others are listed beside it and merged, so one search covers them all. */
  async function mergeParts() {
    var response = await fetch(new URL("sumi-parts.json", bundle).href);
    if (!response.ok) { return; }
    var parts = (await response.json()).parts || [];
    await Promise.all(parts.map(function (part) { return pagefind.mergeIndex(siteRoot + part, OPTIONS); }));
  }

  async function start() {
    status.textContent = "検索の準備をしています…";
    pagefind = await import(new URL("pagefind.js", bundle).href);
    await pagefind.options(OPTIONS);
    await mergeParts();
    pageCounts = await pagefind.filters();
    fillFilters(pageCounts);
    /* the same search, and the same Pagefind (every part merged), for bench.search_eval and the tests */
    window.sumiSearch = { find: find, forms: queryForms, pagefind: pagefind };
    readAddress();
    status.textContent = "";
    form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
    input.addEventListener("input", soon);
    input.addEventListener("keyup", soon);
    selects.forEach(function (select) { select.addEventListener("change", search); });
    more.addEventListener("click", showMore);
    await search();
  }

  start().catch(function () {
    status.textContent = "検索を利用できませんでした。ページを再読み込みしてください。";
  });
})();

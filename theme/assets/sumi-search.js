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
  var pagefind = null;
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

  function render(term, found, data) {
    list.textContent = "";
    var scope = term ? "「" + term + "」を含む会議録" : "会議録";
    status.textContent = found === 0
      ? scope + "は見つかりませんでした。"
      : scope + "：" + found + "件" + (data.length < found ? "（上位" + data.length + "件を表示）" : "");
    data.forEach(function (result) {
      var item = element("li", "sumi-result");
      var heading = element("h2", "sumi-result__title");
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
      list.appendChild(item);
    });
  }

  async function search() {
    var mine = ++generation;
    var term = input.value.trim();
    var filters = chosenFilters();
    writeAddress();
    if (!term && Object.keys(filters).length === 0) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    var options = { filters: filters };
    if (!term) { options.sort = { date: "desc" }; }
    var response = await pagefind.search(term || null, options);
    var shown = response.results.slice(0, 50);
    var data = await Promise.all(shown.map(function (r) { return r.data(); }));
    if (mine === generation) { render(term, response.results.length, data); }
  }

  function soon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  }

  async function start() {
    status.textContent = "検索の準備をしています…";
    pagefind = await import(new URL("pagefind.js", bundle).href);
    await pagefind.options({ baseUrl: siteRoot, excerptLength: 40 });
    fillFilters(await pagefind.filters());
    readAddress();
    status.textContent = "";
    form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
    input.addEventListener("input", soon);
    input.addEventListener("keyup", soon);
    selects.forEach(function (select) { select.addEventListener("change", search); });
    await search();
  }

  start().catch(function () {
    status.textContent = "検索を利用できませんでした。ページを再読み込みしてください。";
  });
})();

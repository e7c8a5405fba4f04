/* The Atlas's site search in Material's search box and dialog (overrides/partials/search.html).
 *
 * Nothing is fetched on a plain page view: the index loads when the reader first uses the box.
 * - Hosted site: Pagefind (pagefind/pagefind.js in the edition's folder), which fetches only the chunks a query
 *   needs; the top results' data (kind, status, names, summary) are re-ranked by the rules below.
 * - Offline copy (file://): search/atlas-index.js, a script defining a global (macros/output/search_index.py),
 *   searched here by substring, so a Japanese word is found inside a compound (首相 in 石破首相).
 * Ranking, for both: pages whose title or names hold the query before those where only the body does; then a
 * person's, organization's or topic's own page, other records, hand-written pages, sources (rank 0-3, set by
 * macros/render/search_markup.py); then the backend's own score. Keyboard: / (or s, f) opens the search, arrows
 * move through the results, Enter opens one, Esc closes. The target page highlights the query (?h=).
 */
(function () {
  "use strict";

  var CANDIDATES = 24; // Pagefind results whose data are loaded and re-ranked
  var SHOWN = 20;
  var form = document.querySelector("form[data-atlas-search]");
  if (!form) return;
  var input = form.querySelector("input[data-atlas-component=search-query]");
  var toggle = document.getElementById("__search");
  var dialog = form.closest(".md-search");
  var meta = dialog.querySelector(".md-search-result__meta");
  var list = dialog.querySelector(".md-search-result__list");
  var mode = form.getAttribute("data-atlas-search-mode");
  var base = new URL(form.getAttribute("data-atlas-search-base"), location.href); // the edition's root
  var translations = {};
  try {
    translations = JSON.parse(document.getElementById("__config").textContent).translations || {};
  } catch (e) { /* Material's labels only */ }
  var initial = meta.textContent.trim();
  var backend = null;
  var latest = 0;

  function say(key, n) {
    var text = translations[key] || "";
    return n === undefined ? text : text.replace("#", String(n));
  }

  function norm(text) {
    return (text || "").normalize("NFKC").toLowerCase();
  }

  function terms(query) {
    return norm(query).split(/\s+/).filter(Boolean);
  }

  // How the title and names match: 3 one is the query itself, 2 they hold every term, 1 some, 0 none.
  function nameMatch(query, title, names) {
    var q = norm(query).trim();
    var all = [norm(title)].concat(norm(names).split(" · "));
    if (all.some(function (n) { return n.trim() === q; })) return 3;
    var hay = all.join(" \u0000 ");
    var ts = terms(query);
    var found = ts.filter(function (t) { return hay.indexOf(t) !== -1; }).length;
    return found === ts.length && found ? 2 : found ? 1 : 0;
  }

  function order(a, b) {
    return b.match - a.match || a.rank - b.rank || b.score - a.score || (a.title < b.title ? -1 : 1);
  }

  /* ---- Offline: the index script, searched by substring ---- */

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = url;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + url)); };
      document.head.appendChild(script);
    });
  }

  function offlineBackend() {
    return loadScript(new URL("search/atlas-index.js", base).href).then(function () {
      var docs = window.__atlas_search_index.docs.map(function (d) {
        return {
          url: d[0], title: d[1], kind: d[2], rank: d[3], status: d[4], names: d[5], summary: d[6],
          hay: { title: norm(d[1]), names: norm(d[5]), summary: norm(d[6]), body: norm(d[7]) }
        };
      });
      return function search(query) {
        var ts = terms(query);
        var hits = [];
        for (var i = 0; i < docs.length; i++) {
          var d = docs[i], h = d.hay, score = 0, every = true;
          for (var j = 0; j < ts.length && every; j++) {
            var t = ts[j], s = 0;
            if (h.title.indexOf(t) !== -1) s += 10;
            if (h.names.indexOf(t) !== -1) s += 10;
            if (h.summary.indexOf(t) !== -1) s += 3;
            var at = h.body.indexOf(t), count = 0;
            while (at !== -1 && count < 5) { count++; at = h.body.indexOf(t, at + t.length); }
            s += count;
            if (!s) every = false;
            score += s;
          }
          if (every && ts.length) {
            hits.push({
              url: new URL(d.url, base).href, title: d.title, kind: d.kind, rank: d.rank, status: d.status,
              summary: d.summary, match: nameMatch(query, d.title, d.names), score: score
            });
          }
        }
        hits.sort(order);
        return Promise.resolve({ total: hits.length, results: hits.slice(0, SHOWN) });
      };
    });
  }

  /* ---- Hosted: Pagefind ---- */

  function pagefindBackend() {
    return import(new URL("pagefind/pagefind.js", base).href).then(function (pagefind) {
      var ranking = { metaWeights: { title: 10, names: 10, kind: 0, collection: 0, rank: 0, status: 0, summary: 0 } };
      return pagefind.options({ baseUrl: base.pathname, excerptLength: 30, ranking: ranking }).then(function () {
        return function search(query) {
          return pagefind.search(query).then(function (found) {
            var top = found.results.slice(0, CANDIDATES);
            return Promise.all(top.map(function (r) { return r.data(); })).then(function (data) {
              var hits = data.map(function (d, i) {
                var m = d.meta || {};
                return {
                  url: d.url, title: m.title || d.url, kind: m.kind || "", rank: parseInt(m.rank || "1", 10),
                  status: m.status || "", summary: m.summary || "", excerpt: d.excerpt,
                  match: nameMatch(query, m.title || "", (m.names || "")), score: top[i].score
                };
              });
              hits.sort(order);
              return { total: found.results.length, results: hits.slice(0, SHOWN) };
            });
          });
        };
      });
    });
  }

  function ready() {
    if (!backend) {
      backend = (mode === "offline" ? offlineBackend() : pagefindBackend()).catch(function (error) {
        backend = null;
        throw error;
      });
    }
    return backend;
  }

  /* ---- Results ---- */

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlighted(text, query) {
    var html = escapeHtml(text);
    terms(query).forEach(function (t) {
      var safe = escapeHtml(t).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (safe) html = html.replace(new RegExp("(" + safe + ")(?![^<]*>)", "gi"), "<mark>$1</mark>");
    });
    return html;
  }

  function excerpt(hit, query) {
    var text = hit.summary || "";
    if (text.length > 220) text = text.slice(0, 219) + "…";
    if (!text && hit.excerpt) { // Pagefind's excerpt, as text (its markup is parsed inert, never inserted)
      var inert = document.createElement("template");
      inert.innerHTML = hit.excerpt;
      text = inert.content.textContent;
    }
    return text ? highlighted(text, query) : "";
  }

  function withQuery(url, query) {
    var target = new URL(url, location.href);
    target.searchParams.set("h", query.trim());
    return target.href;
  }

  function show(found, query) {
    list.innerHTML = "";
    list.setAttribute("data-atlas-query", query); // which query the list answers (tests wait on it)
    meta.textContent = found.total === 0 ? say("search.result.none")
      : found.total === 1 ? say("search.result.one") : say("search.result.other", found.total);
    found.results.forEach(function (hit) {
      var item = document.createElement("li");
      item.className = "md-search-result__item";
      var status = hit.status ? ' <span class="atlas-search-status">' + escapeHtml(hit.status) + "</span>" : "";
      item.innerHTML =
        '<a class="md-search-result__link" tabindex="-1" href="' + escapeHtml(withQuery(hit.url, query)) + '">' +
        '<article class="md-search-result__article md-typeset">' +
        '<div class="atlas-search-facts"><span class="atlas-search-kind">' + escapeHtml(hit.kind) + "</span>" +
        status + "</div>" +
        "<h1>" + highlighted(hit.title, query) + "</h1>" +
        (excerpt(hit, query) ? "<p>" + excerpt(hit, query) + "</p>" : "") +
        "</article></a>";
      list.appendChild(item);
    });
  }

  function run() {
    var query = input.value;
    var ticket = ++latest;
    if (!query.trim()) {
      list.innerHTML = "";
      meta.textContent = say("search.result.placeholder") || initial;
      return;
    }
    ready().then(function (search) {
      return search(query);
    }).then(function (found) {
      if (ticket === latest) show(found, query);
    }).catch(function (error) {
      if (ticket === latest) meta.textContent = String(error && error.message || error);
    });
  }

  /* ---- Opening, closing, keyboard ---- */

  function open() {
    if (toggle && !toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    ready().catch(function () {});
  }

  function close() {
    if (toggle && toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
    input.blur();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link"));
  }

  input.addEventListener("focus", open);
  var searched = "";
  function changed() {
    if (input.value !== searched) {
      searched = input.value;
      run();
    }
  }
  input.addEventListener("input", changed);
  input.addEventListener("keyup", changed);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { input.value = ""; changed(); input.focus(); }); });
  if (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked && document.activeElement !== input) input.focus();
    });
  }
  list.addEventListener("click", function (event) {
    if (event.target.closest("a")) close();
  });

  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    var inSearch = dialog.contains(active);
    var typing = active && (active.isContentEditable || /^(input|textarea|select)$/i.test(active.tagName));
    if (!inSearch) {
      if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && /^[/sf]$/.test(event.key)) {
        event.preventDefault();
        open();
        input.focus();
        input.select();
      }
      return;
    }
    var items = links();
    var at = items.indexOf(active);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? Math.min(at + 1, items.length - 1) : at - 1;
      if (next < 0) input.focus();
      else { items[next].focus(); items[next].scrollIntoView({ block: "nearest" }); }
    } else if (event.key === "Enter" && active === input && items.length) {
      event.preventDefault();
      items[0].click();
    }
  });

  /* ---- Highlighting on the page a result opens (?h=) ---- */

  function highlight() {
    var query = new URL(location.href).searchParams.get("h");
    var root = document.querySelector(".md-content__inner");
    if (!query || !root) return;
    var ts = terms(query).filter(function (t) { return t.length > 0; });
    if (!ts.length) return;
    var pattern = new RegExp(ts.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|"), "gi");
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        if (!parent || parent.closest("script, style, textarea, svg, mark, .headerlink, [hidden], [data-search-exclude]")) return NodeFilter.FILTER_REJECT;
        pattern.lastIndex = 0;
        return pattern.test(node.normalize ? node.data.normalize("NFKC") : node.data)
          ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.data, fragment = document.createDocumentFragment(), last = 0, match;
      pattern.lastIndex = 0;
      while ((match = pattern.exec(text))) {
        fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
        var mark = document.createElement("mark");
        mark.setAttribute("data-md-highlight", "");
        mark.textContent = match[0];
        fragment.appendChild(mark);
        last = match.index + match[0].length;
        if (!match[0].length) break;
      }
      fragment.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(fragment, node);
    });
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(function () { highlight(); });
  } else {
    highlight();
  }
})();

/* US–Japan Alliance Atlas: sortable tables (vendored tablesort) and filters (chips, menus, a text box)
   on the tracker, the index pages and the timeline. The markup is static (macros/render/tables.py):
   rows carry their facets as data attributes, the controls are `hidden` until this script shows them,
   so that without JavaScript the full lists are there and no control does nothing. Works from file://. */
(function () {
  "use strict";

  function words(value) {
    return (value || "").split(" ").filter(Boolean);
  }

  function fold(text) {
    return (text || "").normalize("NFKC").toLowerCase();
  }

  function sortable(root) {
    if (typeof window.Tablesort !== "function") return;
    root.querySelectorAll("table[data-atlas-sort]").forEach(function (table) {
      if (table.dataset.atlasSorting) return;
      table.dataset.atlasSorting = "on";
      new window.Tablesort(table);
    });
  }

  function filters(bar) {
    if (bar.dataset.atlasReady) return;
    bar.dataset.atlasReady = "on";
    var scope = bar.closest("article") || document;
    var rows = Array.prototype.slice.call(scope.querySelectorAll("[data-atlas-row]"));
    var groups = Array.prototype.slice.call(scope.querySelectorAll("[data-atlas-group]"));
    var chipGroups = Array.prototype.slice.call(bar.querySelectorAll(".atlas-chip-group[data-facet]"));
    var menus = Array.prototype.slice.call(bar.querySelectorAll("select[data-facet]"));
    var text = bar.querySelector("[data-atlas-text]");
    var count = bar.querySelector("[data-atlas-count]");
    var template = bar.getAttribute("data-count-template") || "{shown} / {total}";
    var texts = null; // each row's folded text, read when the text box is first used (not on page load)

    function chosen() {
      var wanted = {};
      chipGroups.forEach(function (group) {
        var values = Array.prototype.slice
          .call(group.querySelectorAll(".atlas-chip[aria-pressed=true]"))
          .map(function (chip) { return chip.dataset.value; });
        if (values.length) wanted[group.dataset.facet] = values;
      });
      menus.forEach(function (menu) {
        if (menu.value) wanted[menu.dataset.facet] = [menu.value];
      });
      return wanted;
    }

    function apply() {
      var wanted = chosen();
      var needle = text ? fold(text.value.trim()) : "";
      if (needle && !texts) {
        texts = new Map();
        rows.forEach(function (row) { texts.set(row, fold(row.textContent)); });
      }
      var shown = 0;
      rows.forEach(function (row) {
        var ok = Object.keys(wanted).every(function (facet) {
          var has = words(row.getAttribute("data-" + facet));
          return wanted[facet].some(function (value) { return has.indexOf(value) !== -1; });
        });
        if (ok && needle) ok = texts.get(row).indexOf(needle) !== -1;
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      groups.slice().reverse().forEach(function (group) {
        var visible = group.querySelector("[data-atlas-row]:not([hidden])") !== null;
        group.hidden = !visible;
        var heading = group.dataset.heading && document.getElementById(group.dataset.heading);
        if (heading) heading.hidden = !visible;
      });
      var active = Object.keys(wanted).length > 0 || needle !== "";
      count.textContent = active
        ? template.replace("{shown}", shown).replace("{total}", rows.length)
        : "";
      bar.classList.toggle("atlas-filters--active", active);
    }

    chipGroups.forEach(function (group) {
      group.addEventListener("click", function (event) {
        var chip = event.target.closest(".atlas-chip");
        if (!chip) return;
        chip.setAttribute("aria-pressed", chip.getAttribute("aria-pressed") === "true" ? "false" : "true");
        apply();
      });
    });
    menus.forEach(function (menu) { menu.addEventListener("change", apply); });
    if (text) text.addEventListener("input", apply);
    bar.querySelector("[data-atlas-clear]").addEventListener("click", function () {
      bar.querySelectorAll(".atlas-chip[aria-pressed]").forEach(function (chip) {
        chip.setAttribute("aria-pressed", "false");
      });
      menus.forEach(function (menu) { menu.value = ""; });
      if (text) text.value = "";
      apply();
    });

    // A filtered view can be linked: ?dimension=security&person=ishiba-shigeru (works from file:// too).
    var query = new URLSearchParams(window.location.search);
    chipGroups.forEach(function (group) {
      query.getAll(group.dataset.facet).forEach(function (value) {
        var chip = group.querySelector('.atlas-chip[data-value="' + CSS.escape(value) + '"]');
        if (chip) chip.setAttribute("aria-pressed", "true");
      });
    });
    menus.forEach(function (menu) {
      var value = query.get(menu.dataset.facet);
      if (value && menu.querySelector('option[value="' + CSS.escape(value) + '"]')) menu.value = value;
    });
    if (text && query.get("q")) text.value = query.get("q");
    bar.hidden = false;
    // Unfiltered, every row is shown already: touching each one would only cost the page's first layout.
    if (Object.keys(chosen()).length || (text && text.value.trim())) apply();
  }

  function setUp() {
    sortable(document);
    document.querySelectorAll("[data-atlas-filters]").forEach(filters);
  }

  // Material's navigation.instant swaps pages without a reload: document$ emits on every page.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

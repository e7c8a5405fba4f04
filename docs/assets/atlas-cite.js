/* US–Japan Alliance Atlas: citation previews and "Cite this page".
 *
 * - A citation marker ([1]) shows a preview of its source on hover and on keyboard focus, as on Wikipedia:
 *   title, publisher and date, reliability, summary — read from the page's own source list (li#source-N and its
 *   data-summary), so nothing is fetched and the offline copy works the same. Escape closes it; the pointer
 *   can move onto the preview without closing it.
 * - "Cite this page" gets the reader's date as the access date and a copy button per format, through
 *   navigator.clipboard where the page may use it, else a selected textarea and execCommand("copy")
 *   (file:// pages and older browsers).
 * No dependency; event delegation on the document, so Material's instant navigation needs no re-binding.
 */
(function () {
  "use strict";

  var PREVIEW_ID = "atlas-cite-preview";
  var hideTimer = null;
  var owner = null;
  var dismissed = null; // the marker whose preview Escape closed: it stays closed until the pointer leaves it

  function lang() {
    return (document.documentElement.getAttribute("lang") || "en").slice(0, 2);
  }

  /* ---------- citation preview ---------- */

  function sourceItem(marker) {
    // marker.hash, not the attribute: Material's instant navigation rewrites links to absolute URLs
    if (!marker.hash || marker.pathname !== location.pathname) return null;
    var item = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
    return item && item.tagName === "LI" ? item : null;
  }

  function preview() {
    var box = document.getElementById(PREVIEW_ID);
    if (!box) {
      box = document.createElement("div");
      box.id = PREVIEW_ID;
      box.className = "atlas-cite-preview";
      box.setAttribute("role", "tooltip");
      box.hidden = true;
      box.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      box.addEventListener("mouseleave", function () { scheduleHide(); });
      document.body.appendChild(box);
    }
    return box;
  }

  function fill(box, item) {
    box.textContent = "";
    var link = item.querySelector("a");
    var title = document.createElement("strong");
    title.className = "atlas-cite-preview__title";
    title.textContent = link ? link.textContent : item.textContent;
    box.appendChild(title);
    var rest = item.cloneNode(true);
    var first = rest.querySelector("a");
    if (first) first.remove();
    var mark = rest.querySelector(".atlas-rel");
    var line = document.createElement("span");
    line.className = "atlas-cite-preview__meta";
    if (mark) mark.remove();
    line.textContent = rest.textContent.replace(/^\s*—\s*/, "").trim();
    box.appendChild(line);
    if (mark) {
      var badge = item.querySelector(".atlas-rel").cloneNode(true);
      box.appendChild(document.createTextNode(" "));
      box.appendChild(badge);
    }
    var summary = item.getAttribute("data-summary");
    if (summary) {
      var text = document.createElement("span");
      text.className = "atlas-cite-preview__summary";
      text.textContent = summary;
      box.appendChild(text);
    }
  }

  function place(box, marker) {
    var rect = marker.getBoundingClientRect();
    var width = Math.min(352, document.documentElement.clientWidth - 16);
    box.style.width = width + "px";
    var left = rect.left + window.scrollX;
    left = Math.max(8 + window.scrollX, Math.min(left, window.scrollX + document.documentElement.clientWidth - width - 8));
    box.style.left = left + "px";
    box.style.top = rect.bottom + window.scrollY + 6 + "px";
    var below = window.innerHeight - rect.bottom;
    if (below < box.offsetHeight + 12 && rect.top > box.offsetHeight + 12) {
      box.style.top = rect.top + window.scrollY - box.offsetHeight - 6 + "px";
    }
  }

  function show(marker) {
    var item = sourceItem(marker);
    if (!item) return;
    clearTimeout(hideTimer);
    var box = preview();
    if (owner && owner !== marker) owner.removeAttribute("aria-describedby");
    fill(box, item);
    box.hidden = false;
    place(box, marker);
    marker.setAttribute("aria-describedby", PREVIEW_ID);
    owner = marker;
  }

  function hide() {
    var box = document.getElementById(PREVIEW_ID);
    if (box) box.hidden = true;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  function marker(target) {
    return target && target.closest ? target.closest("a.atlas-cite-ref") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var m = marker(event.target);
    if (m && m !== dismissed) show(m);
  });
  document.addEventListener("mouseout", function (event) {
    var m = marker(event.target);
    if (!m) return;
    if (m === dismissed) dismissed = null;
    scheduleHide();
  });
  document.addEventListener("focusin", function (event) {
    var m = marker(event.target);
    if (m) show(m);
  });
  document.addEventListener("focusout", function (event) {
    if (marker(event.target)) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && owner) {
      dismissed = owner;
      hide();
    }
  });

  /* ---------- Cite this page ---------- */

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function today(style) {
    var now = new Date();
    if (style === "iso") return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    if (lang() === "ja") return now.getFullYear() + "年" + (now.getMonth() + 1) + "月" + now.getDate() + "日";
    var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"];
    return months[now.getMonth()] + " " + now.getDate() + ", " + now.getFullYear();
  }

  function fillAccessDates() {
    var slots = document.querySelectorAll(".atlas-access-date");
    for (var i = 0; i < slots.length; i++) {
      slots[i].textContent = today(slots[i].getAttribute("data-style"));
    }
  }

  function copyWithTextarea(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyWithTextarea(text); }
      );
    }
    return Promise.resolve(copyWithTextarea(text));
  }

  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest ? event.target.closest(".atlas-cite-copy") : null;
    if (!button) return;
    var block = button.closest(".atlas-cite-format");
    var text = block && block.querySelector(".atlas-cite-text");
    if (!text) return;
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    copy(text.textContent.trim()).then(function (done) {
      if (!done) return;
      button.textContent = button.getAttribute("data-copied") || "Copied";
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(fillAccessDates);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fillAccessDates);
  } else {
    fillAccessDates();
  }
})();

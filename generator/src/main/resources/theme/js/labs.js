/* Python | Java tabs (issue 5). The learner's choice is remembered across the site (localStorage) and applied to
   every tab group of the page; other open pages follow it too. Without JS the panels stay visible one after the
   other. Keyboard: arrows, Home and End move between tabs (WAI-ARIA tabs pattern). */
(function () {
  "use strict";
  var KEY = "lousa.lab-lang";

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(lang) {
    try { localStorage.setItem(KEY, lang); } catch (e) { /* private mode: the choice lasts for this page */ }
  }

  function tabsOf(group) {
    return Array.prototype.slice.call(group.querySelectorAll(":scope > .lab-tabs__list > [role=tab]"));
  }

  /* "java-2" falls back to "java" in a group with one Java tab, and to the first tab when nothing matches. */
  function pick(group, lang) {
    var tabs = tabsOf(group);
    var base = (lang || "").split("-")[0];
    return tabs.filter(function (t) { return t.dataset.lang === lang; })[0]
      || tabs.filter(function (t) { return t.dataset.lang.split("-")[0] === base; })[0]
      || tabs[0];
  }

  function select(group, tab, focus) {
    tabsOf(group).forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(t.getAttribute("aria-controls"));
      if (panel) { panel.hidden = !on; }
    });
    if (focus) { tab.focus(); }
  }

  function applyAll(lang, except) {
    document.querySelectorAll(".lab-tabs--ready").forEach(function (group) {
      if (group !== except) { select(group, pick(group, lang), false); }
    });
  }

  function choose(group, tab, focus) {
    var top = tab.getBoundingClientRect().top;
    select(group, tab, focus);
    store(tab.dataset.lang);
    applyAll(tab.dataset.lang, group);
    /* Other groups changed height: keep the clicked tab where the reader's eyes are. */
    window.scrollBy(0, tab.getBoundingClientRect().top - top);
  }

  function init(group) {
    var tabs = tabsOf(group);
    if (!tabs.length) { return; }
    group.classList.add("lab-tabs--ready");
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { choose(group, tab, false); });
      tab.addEventListener("keydown", function (e) {
        var next = null;
        if (e.key === "ArrowRight") { next = tabs[(i + 1) % tabs.length]; }
        else if (e.key === "ArrowLeft") { next = tabs[(i - 1 + tabs.length) % tabs.length]; }
        else if (e.key === "Home") { next = tabs[0]; }
        else if (e.key === "End") { next = tabs[tabs.length - 1]; }
        if (next) { e.preventDefault(); choose(group, next, true); }
      });
    });
    select(group, pick(group, stored() || "python"), false);
  }

  function start() {
    document.querySelectorAll(".lab-tabs").forEach(init);
    /* A choice made in another open page of the site is followed here too. */
    window.addEventListener("storage", function (e) {
      if (e.key === KEY && e.newValue) { applyAll(e.newValue, null); }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

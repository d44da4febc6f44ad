/* Python | Java tabs (issue 5), and the tabs of Docusaurus's <Tabs> (.content-tabs). The learner's Python/Java choice
   is remembered across the site (localStorage) and applied to every lab tab group of the page; other open pages
   follow it too. Content tabs do the same within their groupId, as in Docusaurus; without one, each group is on its
   own. Without JS the panels stay visible one after the other. Keyboard: arrows, Home and End move between tabs
   (WAI-ARIA tabs pattern). */
(function () {
  "use strict";
  var KEY = "lousa.lab-lang";

  /* Where a group's choice is kept: the labs' key, its groupId's, or none. */
  function keyOf(group) {
    if (!group.classList.contains("content-tabs")) { return KEY; }
    return group.dataset.tabsGroup ? "lousa.tabs." + group.dataset.tabsGroup : null;
  }

  function stored(key) {
    if (!key) { return null; }
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, lang) {
    if (!key) { return; }
    try { localStorage.setItem(key, lang); } catch (e) { /* private mode: the choice lasts for this page */ }
  }

  function tabsOf(group) {
    return Array.prototype.slice.call(group.querySelectorAll(":scope > .lab-tabs__list > [role=tab]"));
  }

  /* "java-2" falls back to "java" in a lab group with one Java tab; a group falls back to the tab the page chose
     (a TabItem's default) when nothing matches. */
  function pick(group, lang) {
    var tabs = tabsOf(group);
    var exact = tabs.filter(function (t) { return t.dataset.lang === lang; })[0];
    if (exact) { return exact; }
    if (keyOf(group) === KEY) {
      var base = (lang || "").split("-")[0];
      var near = tabs.filter(function (t) { return t.dataset.lang.split("-")[0] === base; })[0];
      if (near) { return near; }
    }
    return tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0];
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

  function applyAll(key, lang, except) {
    document.querySelectorAll(".lab-tabs--ready").forEach(function (group) {
      if (group !== except && keyOf(group) === key) { select(group, pick(group, lang), false); }
    });
  }

  function choose(group, tab, focus) {
    var top = tab.getBoundingClientRect().top;
    var key = keyOf(group);
    select(group, tab, focus);
    store(key, tab.dataset.lang);
    if (key) { applyAll(key, tab.dataset.lang, group); }
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
    var key = keyOf(group);
    select(group, pick(group, stored(key) || (key === KEY ? "python" : null)), false);
  }

  function start() {
    document.querySelectorAll(".lab-tabs").forEach(init);
    /* A choice made in another open page of the site is followed here too. */
    window.addEventListener("storage", function (e) {
      if (e.key && e.newValue && (e.key === KEY || e.key.indexOf("lousa.tabs.") === 0)) {
        applyAll(e.key, e.newValue, null);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

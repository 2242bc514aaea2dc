/*
 * The archive's search page: Pagefind's Default UI with Vietnamese strings.
 *
 * Article pages carry a hidden d-for-đ copy after each word with đ
 * ("Đồng ⟦Dồng⟧") so that "dong thap" finds "Đồng Tháp". Pagefind's excerpts
 * include those copies; cleanExcerpt removes them again and moves their
 * highlight onto the word they copy.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = document.getElementById("dn-search");
  if (!root || typeof PagefindUI === "undefined") {
    return;
  }
  var configNode = document.getElementById("dn-search-config");
  var config = configNode ? JSON.parse(configNode.textContent) : {};
  var base = (script && script.getAttribute("data-base")) || ".";

  function cleanExcerpt(html) {
    if (!html || html.indexOf("\u27e6") === -1) {
      return html;
    }
    var out = [];
    html.split(" ").forEach(function (word) {
      if (word.indexOf("\u27e6") === -1) {
        out.push(word);
        return;
      }
      var marked = word.indexOf("<mark>") !== -1;
      var rest = word.replace(/<\/?mark>/g, "").replace(/\u27e6[^\u27e7]*\u27e7/g, "");
      if (!out.length) {
        if (rest) out.push(rest);
        return;
      }
      var previous = out.pop();
      if (marked && previous.indexOf("<mark>") === -1) {
        previous = "<mark>" + previous + "</mark>";
      }
      out.push(previous + rest);
    });
    return out.join(" ");
  }

  var ui = new PagefindUI({
    element: "#dn-search",
    baseUrl: new URL(base + "/", window.location.href).pathname,
    showSubResults: false,
    showImages: false,
    translations: config.translations || {},
    openFilters: config.openFilters || [],
    processTerm: function (term) {
      return term.normalize("NFC");
    },
    processResult: function (result) {
      result.excerpt = cleanExcerpt(result.excerpt);
      (result.sub_results || []).forEach(function (sub) {
        sub.excerpt = cleanExcerpt(sub.excerpt);
      });
      return result;
    },
  });

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
  window.diplonewsCleanExcerpt = cleanExcerpt;
})();

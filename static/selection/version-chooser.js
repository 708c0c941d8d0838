// The version chooser of the selection workspace (templates/selection/admin/_version_chooser.html):
// as the committee types a title or ISBN, the list under it is refilled with the first matching
// selectable versions from the round's chooser endpoint. Enter searches at once, ArrowDown moves
// to the list. Without this script the field's 查找 button reloads the page with the query.
(function () {
  "use strict";

  function statusText(data) {
    if (!data.results.length) { return "没有匹配的可选用教材版本。"; }
    if (data.more) { return "仅列出前 " + data.results.length + " 个匹配的版本，请输入书名或 ISBN 缩小范围。"; }
    return "共 " + data.results.length + " 个匹配的版本。";
  }

  function bind(input) {
    var select = document.getElementById(input.getAttribute("aria-controls"));
    var status = document.getElementById(input.getAttribute("aria-describedby"));
    var timer;
    var latest = 0;

    function refresh() {
      var asked = ++latest;
      fetch(input.dataset.versionChooser + "?q=" + encodeURIComponent(input.value.trim()), {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (data) {
          if (asked !== latest) { return; }  // an older answer arriving after a newer one
          select.replaceChildren.apply(select, data.results.map(function (found) {
            return new Option(found.label, found.id);
          }));
          status.textContent = statusText(data);
        })
        .catch(function () {
          if (asked === latest) { status.textContent = "查找失败，请点击“查找”重试。"; }
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        clearTimeout(timer);
        refresh();
      } else if (event.key === "ArrowDown") {
        event.preventDefault();
        select.focus();
      }
    });
  }

  document.querySelectorAll("input[data-version-chooser]").forEach(bind);
})();

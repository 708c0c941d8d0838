// Title suggestions under the search box (templates/search/search.html).
(function () {
  var input = document.querySelector("input[data-suggest-url]");
  var list = document.getElementById("search-suggestions");
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (!input.value.trim()) { return; }
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(input.value))
        .then(function (r) { return r.json(); })
        .then(function (data) {
          list.innerHTML = "";
          data.suggestions.forEach(function (s) {
            var option = document.createElement("option");
            option.value = s.title;
            list.appendChild(option);
          });
        });
    }, 150);
  });
})();

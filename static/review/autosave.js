// Autosave of the review opinion form: a few seconds after the reviewer stops typing, the form is
// posted to its draft address (review.workspace.save_draft), so nothing typed is lost.
(function () {
  "use strict";
  var form = document.querySelector("form.opinion-form[data-draft-url]");
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = form.querySelector(".draft-status");
  var timer = null;
  var DELAY_MS = 3000;

  function save() {
    timer = null;
    var data = new FormData(form);
    data.delete("action");
    fetch(form.dataset.draftUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": data.get("csrfmiddlewaretoken") || "" }
    }).then(function (response) {
      return response.json();
    }).then(function (result) {
      if (status) { status.textContent = result.message; }
    }).catch(function () {
      if (status) { status.textContent = "草稿暂未能自动保存，请检查网络或点击“保存草稿”。"; }
    });
  }

  function schedule() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, DELAY_MS);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  window.addEventListener("beforeunload", function () { if (timer) { clearTimeout(timer); save(); } });
})();

// The "后台任务" page: rows of queued or running jobs ask for their progress every two seconds
// (cms.job_views.job_progress) until the job is done or failed; a finished export shows its link. Kept out of the template for the CSP.
(function () {
  var FINISHED = { done: true, failed: true };
  function poll(row) {
    fetch(row.dataset.progressUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        row.querySelector(".job-bar").value = job.percent;
        row.querySelector(".job-bar").textContent = job.percent + "%";
        row.querySelector(".job-count").textContent = job.done + " / " + job.total;
        row.querySelector(".job-state").textContent = job.state_label + (job.attempts > 1 ? "（第 " + job.attempts + " 次执行）" : "");
        row.querySelector(".job-message").textContent = job.message;
        if (job.result_url) {
          var link = row.querySelector(".job-result");
          link.href = job.result_url;
          link.textContent = job.result_text;
          link.hidden = false;
        }
        row.dataset.state = job.state;
        if (!FINISHED[job.state]) { window.setTimeout(function () { poll(row); }, 2000); }
      });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".job-row").forEach(function (row) {
      if (!FINISHED[row.dataset.state]) { poll(row); }
    });
  });
})();

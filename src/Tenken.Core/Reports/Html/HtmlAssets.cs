namespace Tenken.Core.Reports.Html;

/// <summary>The overview's inline stylesheet and script (no network: nothing is loaded from anywhere).</summary>
internal static class HtmlAssets
{
    public const string Style = """
        :root { --line: #d0d7de; --head: #ddebf7; --mark: #ffe066; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1400px; padding: 16px 24px 48px; color: #1f2328; background: #fff;
          font: 14px/1.6 "Yu Gothic UI", "Meiryo UI", Meiryo, "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
        h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--head); }
        .run { color: #57606a; margin: 0; }
        .totals { display: flex; flex-wrap: wrap; gap: 12px; padding: 0; list-style: none; }
        .totals li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; min-width: 140px; }
        .totals b { display: block; font-size: 24px; }
        .totals .error b { color: #cf222e; }
        svg.chart { max-width: 100%; height: auto; font-size: 13px; }
        svg .bar { cursor: pointer; } svg .bar:hover rect { opacity: .75; }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; font-size: 13px; }
        .legend span { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
        .note { color: #57606a; font-size: 13px; }
        .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; position: sticky; top: 0;
          background: #fff; padding: 8px 0; z-index: 1; }
        .filters input { flex: 1 1 320px; padding: 6px 8px; font: inherit; }
        .filters select { padding: 5px; font: inherit; max-width: 280px; }
        #count { color: #57606a; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; }
        col.doc { width: 13%; } col.place { width: 10%; } col.cat { width: 8%; } col.judge { width: 8%; } col.why { width: 21%; }
        th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        th { background: var(--head); position: sticky; top: 52px; }
        td.text div { white-space: pre-wrap; max-height: 14em; overflow: auto; }
        td.small { font-size: 12px; color: #57606a; }
        mark { background: var(--mark); color: #b00000; font-weight: bold; padding: 0 1px; }
        tr.inactive { color: #8c959f; }
        .diagnostics li { font-family: ui-monospace, monospace; font-size: 12px; }
        footer { margin-top: 32px; color: #57606a; font-size: 12px; }
        """;

    /// <summary>Filters the table by the search box and the selects, and lets a chart bar set a filter.</summary>
    public const string Script = """
        (function () {
          var norm = function (s) { return (s || "").normalize("NFKC").toLowerCase(); };
          var rows = Array.prototype.slice.call(document.querySelectorAll("#findings tbody tr"));
          var texts = rows.map(function (r) { return norm(r.textContent); });
          var q = document.getElementById("q"), cat = document.getElementById("cat"),
              doc = document.getElementById("doc"), judge = document.getElementById("judge"),
              count = document.getElementById("count");
          function apply() {
            var terms = norm(q.value).split(/\s+/).filter(function (t) { return t.length > 0; });
            var shown = 0;
            for (var i = 0; i < rows.length; i++) {
              var r = rows[i], ok = (!cat.value || r.dataset.cat === cat.value) && (!doc.value || r.dataset.doc === doc.value)
                && (!judge.value || r.dataset.judge === judge.value);
              for (var t = 0; ok && t < terms.length; t++) ok = texts[i].indexOf(terms[t]) >= 0;
              r.hidden = !ok;
              if (ok) shown++;
            }
            count.textContent = rows.length.toLocaleString("ja-JP") + " 件中 " + shown.toLocaleString("ja-JP") + " 件を表示";
          }
          var timer = 0;
          q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
          [cat, doc, judge].forEach(function (s) { s.addEventListener("change", apply); });
          document.querySelectorAll("svg .bar").forEach(function (g) {
            g.addEventListener("click", function () {
              if (g.dataset.cat !== undefined) cat.value = g.dataset.cat;
              if (g.dataset.doc !== undefined) doc.value = g.dataset.doc;
              apply();
              document.getElementById("list").scrollIntoView();
            });
          });
          apply();
        })();
        """;
}

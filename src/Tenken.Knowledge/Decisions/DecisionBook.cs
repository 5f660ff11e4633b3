using Microsoft.Data.Sqlite;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Decisions;

/// <summary>
/// Reviewers' decisions in a project: an append-only history per finding (the latest counts). A decision made on
/// an older text of the article is carried forward with Conflict set; it is never replaced by anything but a
/// new decision from a reviewer.
/// </summary>
public sealed class DecisionBook(ProjectStore store)
{
    /// <summary>The latest decision of every finding that has one.</summary>
    public IReadOnlyDictionary<string, StoredDecision> Current()
    {
        using var command = store.Command(
            """
            SELECT finding_id, article_key, verdict, reviewer, note, decided_at, text_hash FROM decisions
            WHERE id IN (SELECT max(id) FROM decisions GROUP BY finding_id)
            """);
        using var reader = command.ExecuteReader();
        var decisions = new Dictionary<string, StoredDecision>(StringComparer.Ordinal);
        while (reader.Read())
        {
            Verdicts.TryParse(reader.GetString(2), out var verdict);
            decisions[reader.GetString(0)] = new StoredDecision(
                reader.GetString(0),
                reader.GetString(1),
                new ReviewDecision { Verdict = verdict, Reviewer = reader.GetString(3), Note = reader.GetString(4), DecidedAt = Timestamps.Parse(reader.GetString(5)) },
                reader.GetString(6));
        }
        return decisions;
    }

    /// <summary>
    /// Records the rows of a filled review list in one transaction (all or nothing) and adds each new decision to
    /// the knowledge base. Blank rows and rows equal to the current decision change nothing; unknown ids, a key that
    /// does not match the id, or a 判定 that is not 該当/非該当/要検討 are reported and skipped.
    /// </summary>
    public ReviewImportResult Import(IReadOnlyList<ReviewInput> rows, string source, string defaultReviewer, DateTimeOffset decidedAt)
    {
        var municipality = store.Municipality;
        var findings = ReviewTargets.Load(store);
        var current = Current();
        var problems = new List<string>();
        var unknown = new List<string>();
        var accepted = new Dictionary<string, (ReviewInput Row, ReviewVerdict Verdict, string Reviewer)>(StringComparer.Ordinal);
        int blank = 0, skipped = 0;
        foreach (var row in rows)
        {
            if (row.Verdict.Trim().Length == 0)
            {
                blank++;
                continue;
            }
            if (!findings.TryGetValue(row.FindingId.Trim(), out var target))
            {
                unknown.Add(row.FindingId);
                problems.Add($"{row.Place}: ID「{row.FindingId}」はこのプロジェクトにありません（取り込みませんでした）。");
                skipped++;
                continue;
            }
            if (row.ArticleKey.Trim().Length > 0 && row.ArticleKey.Trim() != target.ArticleKey)
            {
                problems.Add($"{row.Place}: ID「{row.FindingId}」の条文キーは「{target.ArticleKey}」ですが、行には「{row.ArticleKey}」とあります（取り込みませんでした）。");
                skipped++;
                continue;
            }
            if (!Verdicts.TryParse(row.Verdict, out var verdict))
            {
                problems.Add($"{row.VerdictPlace}: 判定「{row.Verdict}」は 該当・非該当・要検討 のいずれでもありません（取り込みませんでした）。");
                skipped++;
                continue;
            }
            var reviewer = row.Reviewer.Trim().Length > 0 ? row.Reviewer.Trim() : defaultReviewer;
            if (accepted.ContainsKey(target.FindingId))
                problems.Add($"{row.Place}: ID「{row.FindingId}」が複数の行にあります。後の行を取り込みました。");
            accepted[target.FindingId] = (row, verdict, reviewer);
        }

        var recorded = 0;
        var unchanged = 0;
        var entries = new List<KnowledgeEntry>();
        using var transaction = store.Connection.BeginTransaction();
        using var insert = store.Command(
            "INSERT INTO decisions (finding_id, article_key, verdict, reviewer, note, decided_at, text_hash, source) VALUES ($f, $a, $v, $r, $n, $at, $h, $s)",
            transaction);
        foreach (var (id, (row, verdict, reviewer)) in accepted)
        {
            var target = findings[id];
            var note = row.Note.Trim();
            if (current.TryGetValue(id, out var before) && before.Decision.Verdict == verdict && before.Decision.Reviewer == reviewer && before.Decision.Note == note)
            {
                unchanged++;
                continue;
            }
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$f", id);
            insert.Parameters.AddWithValue("$a", target.ArticleKey);
            insert.Parameters.AddWithValue("$v", Verdicts.ToText(verdict));
            insert.Parameters.AddWithValue("$r", reviewer);
            insert.Parameters.AddWithValue("$n", note);
            insert.Parameters.AddWithValue("$at", Timestamps.Format(decidedAt));
            insert.Parameters.AddWithValue("$h", target.TextHash);
            insert.Parameters.AddWithValue("$s", source);
            insert.ExecuteNonQuery();
            recorded++;
            entries.Add(target.ToEntry(municipality, Verdicts.ToText(verdict), reviewer, note, decidedAt));
        }
        new ProjectKnowledgeBase(store).Merge(entries, "review:" + Path.GetFileName(source), transaction);
        transaction.Commit();

        var after = Current();
        var conflicts = after.Values.Count(d => findings.TryGetValue(d.FindingId, out var t) && t.TextHash != d.TextHash);
        return new ReviewImportResult { Recorded = recorded, Unchanged = unchanged, Blank = blank, Skipped = skipped, Conflicts = conflicts, Problems = problems, UnknownIds = unknown };
    }
}

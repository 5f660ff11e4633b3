using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Decisions;

/// <summary>A finding a reviewer can decide on, with its article as stored now.</summary>
internal sealed record ReviewTarget(string FindingId, string ArticleKey, string TextHash, string Text, string DocumentTitle, string ArticleTitle, Finding Finding)
{
    public KnowledgeEntry ToEntry(string municipality, string verdict, string reviewer, string note, DateTimeOffset decidedAt) => new()
    {
        Municipality = municipality,
        Key = FindingId,
        ArticleKey = ArticleKey,
        DocumentTitle = DocumentTitle,
        ArticleTitle = ArticleTitle,
        Text = Text,
        Categories = [Finding.Category.Code()],
        Verdict = verdict,
        Direction = Finding.Direction,
        Reason = note.Length > 0 ? note : Finding.Reason,
        Reviewer = reviewer,
        DecidedAt = decidedAt,
    };
}

/// <summary>Loads every stored finding with its article, keyed by finding id.</summary>
internal static class ReviewTargets
{
    public static Dictionary<string, ReviewTarget> Load(ProjectStore store)
    {
        using var command = store.Command(
            """
            SELECT f.id, f.article_key, a.text_hash, a.text, coalesce(d.title, a.document_id), a.title, f.body
            FROM findings f JOIN articles a ON a.key = f.article_key LEFT JOIN documents d ON d.id = a.document_id
            """);
        using var reader = command.ExecuteReader();
        var targets = new Dictionary<string, ReviewTarget>(StringComparer.Ordinal);
        while (reader.Read())
        {
            targets[reader.GetString(0)] = new ReviewTarget(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), StoreJson.ReadFinding(reader.GetString(6)));
        }
        return targets;
    }
}

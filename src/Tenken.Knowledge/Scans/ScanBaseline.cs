using Microsoft.Data.Sqlite;
using Tenken.Core.Documents;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Scans;

/// <summary>
/// The baseline is each article's text hash and categories as of the last completed run. Closing a run compares
/// against it (新規 / 変更 / 削除), moves it forward and drops the rows of articles that are gone.
/// </summary>
internal static class ScanBaseline
{
    public static ScanChanges Advance(
        ProjectStore store,
        SqliteTransaction transaction,
        IReadOnlyList<(OrdinanceDocument Document, ArticleResult Result)> articles,
        IReadOnlySet<string> seen,
        Func<string, string> hashOf)
    {
        using var count = store.Command("SELECT count(*) FROM runs WHERE status = 'completed'", transaction);
        var firstRun = Convert.ToInt64(count.ExecuteScalar()) == 0;
        var baseline = ReadBaseline(store, transaction);
        var entries = new List<ChangeEntry>();
        using var update = store.Command("UPDATE articles SET baseline_hash = $hash, baseline_categories = $categories WHERE key = $key", transaction);
        foreach (var (document, result) in articles)
        {
            var key = result.Article.Key;
            var hash = hashOf(key);
            var categories = CategoryList(result.Findings);
            if (!baseline.TryGetValue(key, out var before))
                continue;
            if (before.Hash == hash && before.Categories == categories)
                continue;
            if (!firstRun)
            {
                var entry = before.Hash is null
                    ? new ChangeEntry(ChangeKind.Added, key, document.Title, result.Article.Title, "新しい条文です。判定候補: " + Describe(categories))
                    : before.Hash != hash
                        ? new ChangeEntry(ChangeKind.Changed, key, document.Title, result.Article.Title, $"条文が変更されました。判定候補: {Describe(before.Categories)} → {Describe(categories)}")
                        : new ChangeEntry(ChangeKind.Changed, key, document.Title, result.Article.Title, $"条文は同じですが、判定候補が変わりました（規則・語彙の更新）: {Describe(before.Categories)} → {Describe(categories)}");
                entries.Add(entry);
            }
            update.Parameters.Clear();
            update.Parameters.AddWithValue("$hash", hash);
            update.Parameters.AddWithValue("$categories", categories);
            update.Parameters.AddWithValue("$key", key);
            update.ExecuteNonQuery();
        }
        foreach (var (key, before) in baseline)
        {
            if (seen.Contains(key))
                continue;
            if (before.Hash is not null)
                entries.Add(new ChangeEntry(ChangeKind.Removed, key, before.DocumentTitle, before.Title, "条文がなくなりました。判定候補だったもの: " + Describe(before.Categories)));
            foreach (var sql in (string[])["DELETE FROM findings WHERE article_key = $key", "DELETE FROM articles WHERE key = $key"])
            {
                using var delete = store.Command(sql, transaction);
                delete.Parameters.AddWithValue("$key", key);
                delete.ExecuteNonQuery();
            }
        }
        return new ScanChanges(entries, firstRun);
    }

    /// <summary>Category codes of the findings, in category order, joined by commas ("" when none).</summary>
    public static string CategoryList(IEnumerable<Finding> findings) =>
        string.Join(",", findings.Select(f => f.Category).Distinct().Order().Select(c => c.Code()));

    private static string Describe(string? categories)
    {
        if (string.IsNullOrEmpty(categories))
            return "なし";
        return string.Join("・", categories.Split(',').Select(code => Categories.TryParse(code, out var c) ? c.JapaneseName() : code));
    }

    private static Dictionary<string, (string? Hash, string? Categories, string Title, string DocumentTitle)> ReadBaseline(ProjectStore store, SqliteTransaction transaction)
    {
        var rows = new Dictionary<string, (string?, string?, string, string)>(StringComparer.Ordinal);
        using var command = store.Command(
            "SELECT a.key, a.baseline_hash, a.baseline_categories, a.title, coalesce(d.title, a.document_id) FROM articles a LEFT JOIN documents d ON d.id = a.document_id",
            transaction);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4));
        return rows;
    }
}

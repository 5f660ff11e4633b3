using Microsoft.Data.Sqlite;
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
    public static ScanChanges Advance(ProjectStore store, SqliteTransaction transaction, IReadOnlySet<string> seen, bool nothingScreened)
    {
        var firstRun = Convert.ToInt64(Scalar(store, transaction, "SELECT count(*) FROM runs WHERE status = 'completed'")) == 0;
        // The usual rescan: nothing screened, nothing gone, nothing left over from an interrupted run.
        if (!firstRun && nothingScreened
            && Convert.ToInt64(Scalar(store, transaction, "SELECT count(*) FROM articles")) == seen.Count
            && Convert.ToInt64(Scalar(store, transaction, "SELECT count(*) FROM articles WHERE baseline_hash IS NULL OR baseline_hash <> text_hash OR baseline_categories IS NOT categories")) == 0)
            return new ScanChanges([], false);

        var entries = new List<ChangeEntry>();
        var removed = new List<string>();
        using var update = store.Command("UPDATE articles SET baseline_hash = text_hash, baseline_categories = categories WHERE key = $key", transaction);
        using (var select = store.Command(
            """
            SELECT a.key, a.baseline_hash, a.baseline_categories, a.text_hash, a.categories, a.title, coalesce(d.title, a.document_id)
            FROM articles a LEFT JOIN documents d ON d.id = a.document_id
            """, transaction))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = reader.GetString(0);
                var (beforeHash, beforeCategories) = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                var (hash, categories, title, document) = (reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6));
                if (!seen.Contains(key))
                {
                    removed.Add(key);
                    if (beforeHash is not null)
                        entries.Add(new ChangeEntry(ChangeKind.Removed, key, document, title, "条文がなくなりました。判定候補だったもの: " + Describe(beforeCategories)));
                    continue;
                }
                if (beforeHash == hash && beforeCategories == categories)
                    continue;
                if (!firstRun)
                {
                    entries.Add(beforeHash is null
                        ? new ChangeEntry(ChangeKind.Added, key, document, title, "新しい条文です。判定候補: " + Describe(categories))
                        : beforeHash != hash
                            ? new ChangeEntry(ChangeKind.Changed, key, document, title, $"条文が変更されました。判定候補: {Describe(beforeCategories)} → {Describe(categories)}")
                            : new ChangeEntry(ChangeKind.Changed, key, document, title, $"条文は同じですが、判定候補が変わりました（規則・語彙の更新）: {Describe(beforeCategories)} → {Describe(categories)}"));
                }
                update.Parameters.Clear();
                update.Parameters.AddWithValue("$key", key);
                update.ExecuteNonQuery();
            }
        }
        foreach (var key in removed)
        {
            foreach (var sql in (string[])["DELETE FROM findings WHERE article_key = $key", "DELETE FROM articles WHERE key = $key"])
            {
                using var delete = store.Command(sql, transaction);
                delete.Parameters.AddWithValue("$key", key);
                delete.ExecuteNonQuery();
            }
        }
        return new ScanChanges(entries, firstRun);
    }

    private static object? Scalar(ProjectStore store, SqliteTransaction transaction, string sql)
    {
        using var command = store.Command(sql, transaction);
        return command.ExecuteScalar();
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
}

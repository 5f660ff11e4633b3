using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Decisions;

/// <summary>
/// The findings reviewers want amended, for <c>tenken draft --project</c>: the latest 判定 is 該当 and, when the
/// project records 対応 (the decisions.action column of the review import), the latest 対応 is 例規改正.
/// </summary>
public sealed record AmendmentTargets(IReadOnlySet<string> FindingIds, bool ActionRecorded, int Applicable, int OtherAction)
{
    /// <summary>The 対応 value that asks for an amendment of the ordinance.</summary>
    public const string AmendAction = "例規改正";

    public static AmendmentTargets Load(ProjectStore store)
    {
        var actionRecorded = HasColumn(store, "decisions", "action");
        // The latest non-blank value of each column counts: an import of a row with a blank cell never erases.
        var sql = actionRecorded
            ? """
              SELECT f.finding_id,
                (SELECT verdict FROM decisions d WHERE d.finding_id = f.finding_id AND d.verdict <> '' ORDER BY d.id DESC LIMIT 1),
                (SELECT action FROM decisions d WHERE d.finding_id = f.finding_id AND d.action <> '' ORDER BY d.id DESC LIMIT 1)
              FROM (SELECT DISTINCT finding_id FROM decisions) f
              """
            : """
              SELECT f.finding_id,
                (SELECT verdict FROM decisions d WHERE d.finding_id = f.finding_id AND d.verdict <> '' ORDER BY d.id DESC LIMIT 1),
                NULL
              FROM (SELECT DISTINCT finding_id FROM decisions) f
              """;
        using var command = store.Command(sql);
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int applicable = 0, other = 0;
        while (reader.Read())
        {
            if (reader.IsDBNull(1) || !Verdicts.TryParse(reader.GetString(1), out var verdict) || verdict != Core.Screening.Model.ReviewVerdict.Applicable)
                continue;
            applicable++;
            var action = reader.IsDBNull(2) ? "" : reader.GetString(2).Trim();
            if (actionRecorded && action != AmendAction)
            {
                other++;
                continue;
            }
            ids.Add(reader.GetString(0));
        }
        return new AmendmentTargets(ids, actionRecorded, applicable, other);
    }

    private static bool HasColumn(ProjectStore store, string table, string column)
    {
        using var command = store.Command($"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = $c");
        command.Parameters.AddWithValue("$c", column);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}

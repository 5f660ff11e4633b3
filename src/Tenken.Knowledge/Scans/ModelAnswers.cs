using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Scans;

/// <summary>The language model's answers per finding, kept with the article text hash they were given for.</summary>
public sealed class ModelAnswers(ProjectStore store)
{
    /// <summary>Stored answers by finding id, with the text hash each was made on.</summary>
    public IReadOnlyDictionary<string, (string TextHash, AiReview Review)> Load()
    {
        using var command = store.Command("SELECT finding_id, text_hash, body FROM model_answers");
        using var reader = command.ExecuteReader();
        var answers = new Dictionary<string, (string, AiReview)>(StringComparer.Ordinal);
        while (reader.Read())
            answers[reader.GetString(0)] = (reader.GetString(1), StoreJson.Deserialize<AiReview>(reader.GetString(2)));
        return answers;
    }

    /// <summary>Saves answers that are new or different; a NoAnswer never replaces an answer.</summary>
    public int Save(IEnumerable<(Finding Finding, string TextHash)> findings, long runId, string analysisVersion)
    {
        var stored = Load();
        var saved = 0;
        using var transaction = store.Connection.BeginTransaction();
        using var upsert = store.Command(
            """
            INSERT INTO model_answers (finding_id, text_hash, analysis_version, status, model, body, answered_at, run_id)
            VALUES ($id, $hash, $version, $status, $model, $body, $at, $run)
            ON CONFLICT (finding_id) DO UPDATE SET text_hash = excluded.text_hash, analysis_version = excluded.analysis_version,
                status = excluded.status, model = excluded.model, body = excluded.body, answered_at = excluded.answered_at, run_id = excluded.run_id
            """, transaction);
        foreach (var (finding, hash) in findings)
        {
            if (finding.Ai is not { } ai || ai.Status == AiReviewStatus.NoAnswer)
                continue;
            var body = StoreJson.Serialize(ai);
            if (stored.TryGetValue(finding.Id, out var before) && before.TextHash == hash && StoreJson.Serialize(before.Review) == body)
                continue;
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$id", finding.Id);
            upsert.Parameters.AddWithValue("$hash", hash);
            upsert.Parameters.AddWithValue("$version", analysisVersion);
            upsert.Parameters.AddWithValue("$status", ai.Status.ToString());
            upsert.Parameters.AddWithValue("$model", ai.Model);
            upsert.Parameters.AddWithValue("$body", body);
            upsert.Parameters.AddWithValue("$at", Timestamps.Now());
            upsert.Parameters.AddWithValue("$run", runId);
            upsert.ExecuteNonQuery();
            saved++;
        }
        transaction.Commit();
        return saved;
    }
}

using Tenken.Ai.Configuration;

namespace Tenken.Ai.Budget;

/// <summary>Yen per token for a model, from the configured price list (longest matching prefix; nothing = free, as a local server is).</summary>
public sealed class PriceTable(IReadOnlyList<PriceEntry> entries)
{
    public PriceEntry? For(string model) =>
        entries.Where(e => e.Model == "*" || model.StartsWith(e.Model, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.Model == "*" ? -1 : e.Model.Length)
            .FirstOrDefault();

    public decimal Yen(string model, long inputTokens, long outputTokens) => For(model) is { } p
        ? (inputTokens * p.InputYenPerMillion + outputTokens * p.OutputYenPerMillion) / 1_000_000m
        : 0m;
}

namespace Tenken.Ai.Configuration;

/// <summary>Yen per one million input and output tokens for models whose name starts with <see cref="Model"/> ("*" matches any).</summary>
public sealed record PriceEntry(string Model, decimal InputYenPerMillion, decimal OutputYenPerMillion);
